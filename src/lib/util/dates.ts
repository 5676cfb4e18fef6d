/**
 * Calendar dates (`YYYY-MM-DD` strings) and how Vietnamese official documents write them.
 * Strings rather than Date objects: an advisory's date is a day on the calendar, and a Date would
 * move it across midnight with the time zone of whoever builds the site.
 */
export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, '0');

function parts(date: IsoDate): [number, number, number] {
	const [y, m, d] = date.split('-').map(Number);
	return [y, m, d];
}

/**
 * "ngày 15 tháng 01 năm 2019". Nghị định 30/2020/NĐ-CP (Phụ lục I, mục II.5.b): days below 10 and
 * the months January and February get a leading zero; other months do not ("tháng 3").
 */
export function formatLongDate(date: IsoDate): string {
	const [y, m, d] = parts(date);
	const month = m < 3 ? pad(m) : String(m);
	return `ngày ${pad(d)} tháng ${month} năm ${y}`;
}

/** "15/01/2019", as dates are cited inside a dispatch's text. */
export function formatShortDate(date: IsoDate): string {
	// Recipient pages print the same few thousand dates hundreds of thousands of times.
	let text = shortDates.get(date);
	if (text === undefined) {
		const [y, m, d] = parts(date);
		text = `${pad(d)}/${pad(m)}/${y}`;
		shortDates.set(date, text);
	}
	return text;
}

const shortDates = new Map<IsoDate, string>();

/** The day that is `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
	const [y, m, d] = parts(date);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	const [y1, m1, d1] = parts(from);
	const [y2, m2, d2] = parts(to);
	return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * Today in Vietnam. `CANHBAO_TODAY` pins it, so that tests and reproducible builds do not depend
 * on the day they run.
 */
export function today(env: Record<string, string | undefined> = process.env): IsoDate {
	const pinned = env.CANHBAO_TODAY;
	if (pinned) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`CANHBAO_TODAY: expected YYYY-MM-DD, found "${pinned}"`);
		return pinned;
	}
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** RFC 3339 timestamp for a calendar date, at midnight in Vietnam (UTC+7). */
export function toTimestamp(date: IsoDate): string {
	return `${date}T00:00:00+07:00`;
}

/** "15/01/2019 08:30" for an RFC 3339 timestamp, in Vietnam time whatever the offset it carries. */
export function formatDateTime(timestamp: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Asia/Ho_Chi_Minh',
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		})
			.formatToParts(new Date(timestamp))
			.map((p) => [p.type, p.value]),
	);
	return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

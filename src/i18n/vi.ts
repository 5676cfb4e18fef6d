/** Every UI string of the site, in one typed place. */
import type { ActionRole, AdvisoryKind, Severity, Status } from '../schemas/advisory.ts';

export const kindLabel: Record<AdvisoryKind, string> = {
	directive: 'Chỉ đạo',
	vulnerability: 'Lỗ hổng',
	malware: 'Mã độc',
	'data-leak': 'Lộ lọt dữ liệu',
	incident: 'Sự cố',
	other: 'Khác',
};

export const kindPlural: Record<AdvisoryKind, string> = {
	directive: 'Văn bản chỉ đạo',
	vulnerability: 'Cảnh báo lỗ hổng',
	malware: 'Cảnh báo mã độc, tấn công có chủ đích',
	'data-leak': 'Cảnh báo lộ lọt dữ liệu',
	incident: 'Cảnh báo sự cố',
	other: 'Cảnh báo khác',
};

export const severityLabel: Record<Severity, string> = {
	critical: 'Nghiêm trọng',
	high: 'Cao',
	medium: 'Trung bình',
	low: 'Thấp',
};

export const statusLabel: Record<Status, string> = {
	active: 'Đang hiệu lực',
	superseded: 'Đã được thay thế',
	closed: 'Hết hiệu lực',
};

export const roleLabel: Record<ActionRole, string> = {
	all: 'Toàn thể cán bộ',
	leaders: 'Lãnh đạo cơ quan',
	'it-security': 'Cán bộ CNTT, an toàn thông tin',
};

export const indicatorLabel = {
	ip: 'Địa chỉ IP',
	domain: 'Tên miền',
	url: 'Đường dẫn (URL)',
	hash: 'Mã băm tệp',
	email: 'Địa chỉ thư điện tử',
} as const;

export const reachLabel = {
	direct: 'Gửi trực tiếp',
	group: 'Gửi qua nhóm',
	predecessor: 'Gửi tới đơn vị tiền thân',
} as const;

export const urgencyLabel = {
	overdue: 'Quá hạn',
	'due-soon': 'Sắp đến hạn',
	upcoming: 'Còn hạn',
	'no-due': 'Không nêu hạn',
	closed: 'Văn bản hết hiệu lực',
} as const;

/** Recipient pages, checklists, completion reports and calendars. */
export const recipientUi = {
	directory: 'Đơn vị nhận',
	directoryIntro: 'Mỗi cơ quan, đơn vị có một trang riêng: các cảnh báo gửi đến đơn vị (trực tiếp, qua nhóm hoặc qua đơn vị tiền thân), việc cần làm và hạn xử lý, phiếu theo dõi và lịch hạn xử lý.',
	groups: 'Nhóm đơn vị',
	ungrouped: 'Đơn vị khác',
	members: 'Thành viên',
	memberOf: 'Thuộc nhóm',
	type: { group: 'Nhóm đơn vị', organisation: 'Cơ quan, đơn vị' },
	dissolved: 'Đã giải thể hoặc hợp nhất',
	dissolvedBanner: (date: string) => `Đơn vị này đã giải thể hoặc hợp nhất từ sau ngày ${date}.`,
	successors: 'Đơn vị kế thừa',
	predecessors: 'Đơn vị tiền thân',
	founded: 'Thành lập',
	openActions: 'Việc cần làm',
	openActionsIntro: 'Các việc của cảnh báo đang hiệu lực mà đơn vị phải thực hiện, việc quá hạn và sắp đến hạn lên trước.',
	noOpenActions: 'Không có việc nào đang chờ thực hiện.',
	closedActions: (n: number) => `Việc của các văn bản đã hết hiệu lực (${n})`,
	dissolvedNoActions: 'Đơn vị đã giải thể: việc còn lại chuyển sang đơn vị kế thừa. Dưới đây là các việc đơn vị đã được giao.',
	showRole: 'Hiển thị việc của',
	allRoles: 'Tất cả',
	advisories: 'Cảnh báo gửi đơn vị',
	noAdvisories: 'Chưa có cảnh báo nào gửi đến đơn vị này.',
	via: (name: string) => `qua ${name}`,
	checklistLink: 'Phiếu theo dõi việc cần làm',
	calendarLink: 'Lịch hạn xử lý (iCalendar)',
	checklistTitle: (name: string) => `Việc cần làm: ${name}`,
	checklistIntro: 'Tất cả việc của các cảnh báo đang hiệu lực mà đơn vị phải thực hiện. Đánh dấu việc đã xong (lưu trên trình duyệt này), rồi lập báo cáo kết quả gửi Sở.',
	column: { number: 'STT', action: 'Việc cần làm', advisory: 'Văn bản', due: 'Hạn', done: 'Đã xong', note: 'Ghi chú' },
	responsible: 'Người phụ trách',
	signedDate: 'Ngày',
	item: (label: string) => `Mục ${label}`,
	calendarName: (name: string) => `Hạn xử lý cảnh báo: ${name}`,
	calendarAll: 'Hạn xử lý các cảnh báo an toàn thông tin',
} as const;

export const checklistUi = {
	done: 'Đã xong',
	note: 'Ghi chú',
	panelTitle: 'Theo dõi thực hiện và báo cáo',
	noScript: 'Bật JavaScript để đánh dấu việc đã xong và lập báo cáo; hoặc in trang này và điền tay.',
	progress: 'Tiến độ',
	reset: 'Xóa đánh dấu',
	resetConfirm: 'Xóa mọi đánh dấu và ghi chú của danh sách này trên trình duyệt?',
	agency: 'Tên cơ quan, đơn vị báo cáo',
	date: 'Ngày báo cáo',
	printReport: 'In báo cáo',
	downloadCsv: 'Tải CSV',
	downloadMarkdown: 'Tải Markdown',
	email: 'Soạn thư gửi Sở',
	privacy: 'Đánh dấu và ghi chú chỉ lưu trên trình duyệt này; không gửi đi đâu cho đến khi bạn gửi thư hoặc tệp báo cáo.',
	reportTitle: 'Báo cáo kết quả thực hiện cảnh báo an toàn thông tin',
	printForm: 'In phiếu',
} as const;

/** The search page and the search box in the header. */
export const searchUi = {
	title: 'Tìm kiếm',
	box: 'Tìm cảnh báo',
	placeholder: 'Từ khóa, số văn bản, mã CVE…',
	submit: 'Tìm',
	query: 'Từ khóa',
	hint: 'Gõ có dấu hoặc không dấu đều được: “ma doc”, “đổi mật khẩu”, “357/UBND-KGVX”, “CVE-2021-44228”.',
	actionsOnly: 'Chỉ tìm việc cần làm',
	any: 'Tất cả',
	sort: 'Sắp xếp',
	sortRelevance: 'Phù hợp nhất',
	sortNewest: 'Mới nhất',
	sortOldest: 'Cũ nhất',
	filters: 'Lọc kết quả',
	apply: 'Áp dụng',
	clear: 'Xóa bộ lọc',
	/** Strings the search script fills in the browser; `{n}`, `{q}`, `{v}` are replaced there. */
	client: {
		loading: 'Đang tìm…',
		none: 'Không tìm thấy kết quả nào cho “{q}”.',
		found: 'Tìm thấy {n} kết quả cho “{q}”.',
		noneFiltered: 'Không có kết quả nào với bộ lọc này.',
		foundFiltered: 'Có {n} kết quả với bộ lọc này.',
		failed: 'Không tải được chỉ mục tìm kiếm. Vui lòng thử lại sau.',
		severity: 'Mức độ: {v}',
		due: 'Hạn: {v}',
		assignees: 'Giao: {v}',
		number: 'Số {v}',
	},
	more: 'Xem thêm kết quả',
	noJs: 'Tìm kiếm cần JavaScript. Khi không dùng được, hãy duyệt cảnh báo theo năm, loại và mức độ:',
} as const;

export const ui = {
	skipToContent: 'Bỏ qua, đến nội dung chính',
	home: 'Trang chủ',
	advisories: 'Cảnh báo',
	archive: 'Tất cả cảnh báo',
	authorities: 'Cơ quan ban hành',
	reportIncident: 'Báo cáo sự cố',
	mainNav: 'Điều hướng chính',
	breadcrumb: 'Vị trí trang',
	activeHeading: 'Cảnh báo đang hiệu lực',
	activeNone: 'Hiện không có cảnh báo nào đang hiệu lực.',
	latestHeading: 'Mới ban hành',
	seeAll: 'Xem tất cả cảnh báo',
	number: 'Số hiệu',
	issued: 'Ngày ban hành',
	issuer: 'Cơ quan ban hành',
	kind: 'Loại',
	severity: 'Mức độ',
	status: 'Tình trạng',
	validity: 'Hiệu lực',
	nextDue: 'Hạn xử lý gần nhất',
	recipients: 'Kính gửi',
	actions: 'Việc cần làm',
	actionsCount: (n: number) => `${n} việc cần làm`,
	assignees: 'Giao',
	allRecipients: 'Tất cả đơn vị nhận',
	role: 'Người thực hiện',
	due: 'Hạn',
	noDue: 'Không nêu hạn',
	relays: 'Văn bản được chuyển tiếp',
	relaysIntro: 'Chuỗi văn bản từ cơ quan Trung ương đến văn bản này, theo thứ tự ban hành.',
	thisDocument: 'Văn bản này',
	cves: 'Mã lỗ hổng (CVE)',
	products: 'Sản phẩm bị ảnh hưởng',
	vendor: 'Hãng',
	product: 'Sản phẩm',
	versions: 'Phiên bản bị ảnh hưởng',
	fixed: 'Phiên bản khắc phục',
	indicators: 'Dấu hiệu nhận biết (IoC)',
	indicatorsNote: 'Các giá trị đã được vô hiệu hóa (ví dụ 203.0.113[.]7, hxxps://) để tránh bấm nhầm; khôi phục dấu chấm và “http” trước khi đưa vào hệ thống giám sát.',
	indicatorType: 'Loại',
	indicatorValue: 'Giá trị',
	indicatorNote: 'Ghi chú',
	cc: 'Nơi nhận',
	attachments: 'Tệp đính kèm',
	tags: 'Từ khóa',
	supersededBanner: 'Văn bản này đã được thay thế bởi',
	closedBanner: 'Văn bản này đã hết hiệu lực',
	expiredBanner: (date: string) => `Văn bản này hết hiệu lực từ sau ${date}.`,
	supersedes: 'Văn bản này thay thế',
	motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
	numberPrefix: 'Số:',
	subjectPrefix: 'V/v',
	page: (n: number, total: number) => `Trang ${n}/${total}`,
	previous: 'Trang trước',
	next: 'Trang sau',
	pagination: 'Phân trang',
	years: 'Theo năm',
	byKind: 'Theo loại',
	bySeverity: 'Theo mức độ',
	noneHere: 'Chưa có cảnh báo nào ở mục này.',
	countAdvisories: (n: number) => `${n} cảnh báo`,
	advisoriesOfYear: (y: number) => `Cảnh báo năm ${y}`,
	notFoundTitle: 'Không tìm thấy trang',
	notFoundText: 'Địa chỉ này không có trên trang. Có thể văn bản đã được chuyển sang địa chỉ khác hoặc đường dẫn bị gõ sai.',
	authorityLevel: { national: 'Cơ quan Trung ương', provincial: 'Cơ quan cấp tỉnh' },
	ceased: 'Đã giải thể hoặc hợp nhất',
	successors: 'Cơ quan kế thừa',
	predecessors: 'Tiền thân',
	issuedBy: 'Văn bản ban hành',
	relayedFrom: 'Văn bản được tỉnh chuyển tiếp',
	external: 'liên kết ngoài',
	footerOperator: 'Cơ quan vận hành',
	footerAddress: 'Địa chỉ',
} as const;

/** Links in an advisory's text (src/components/BodyLink.astro). */
export const linkUi = {
	/** After the text of a link whose address was not safe to follow (javascript:, data:…). */
	refused: 'liên kết không an toàn đã được gỡ bỏ',
} as const;

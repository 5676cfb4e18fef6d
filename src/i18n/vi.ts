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

/** Social cards (link previews): the words on the image and its alt text. */
export const cardUi = {
	severity: (label: string) => `Mức độ: ${label}`,
	numberDate: (number: string, date: string) => `Số ${number} · ${date}`,
	advisoryAlt: (kind: string, number: string, date: string, issuer: string, subject: string, severity: string) =>
		`${kind}, văn bản số ${number} ngày ${date} của ${issuer}: ${subject}. Mức độ: ${severity}.`,
	recipientEyebrow: { group: 'Nhóm đơn vị nhận cảnh báo', organisation: 'Đơn vị nhận cảnh báo' },
	recipientCounts: (advisories: number, open: number) =>
		`${advisories} cảnh báo · ${open} việc cần làm đang mở`,
	recipientCeased: (successors: string) => (successors ? `Đã giải thể hoặc hợp nhất vào ${successors}` : 'Đã giải thể hoặc hợp nhất'),
	recipientAlt: (name: string, counts: string) => `Cảnh báo an toàn thông tin gửi ${name}: ${counts}.`,
	homeActive: (n: number) => (n ? `${n} cảnh báo đang hiệu lực` : 'Hiện không có cảnh báo nào đang hiệu lực'),
	homeAlt: (site: string, tagline: string, active: string) => `${site}: ${tagline}. ${active}.`,
} as const;

/** The printed (A4) official document and its print button. */
export const printUi = {
	button: 'In / Lưu PDF',
	buttonHint: 'In văn bản theo thể thức hành chính (khổ A4) hoặc lưu thành tệp PDF',
	appendix: (number: string) => `Phụ lục kèm theo văn bản số ${number}`,
} as const;

/** Machine-readable exports: links on the advisory page and the texts inside CSAF and STIX files. */
export const exportUi = {
	heading: 'Dữ liệu cho hệ thống',
	csaf: 'CSAF 2.0 (JSON)',
	iocCsv: 'Dấu hiệu nhận biết (CSV)',
	iocStix: 'Dấu hiệu nhận biết (STIX 2.1)',
	csafIssuingAuthority: (operator: string, province: string) =>
		`${operator} chuyển tiếp các cảnh báo, chỉ đạo về an toàn thông tin mạng tới các cơ quan, đơn vị trên địa bàn tỉnh ${province}.`,
	csafSummary: 'Tóm tắt',
	csafSourceTitle: 'Văn bản gốc',
	csafSource: (number: string, date: string, issuer: string) => `Văn bản số ${number} ngày ${date} của ${issuer}.`,
	csafRelaysNote: 'Văn bản được chuyển tiếp',
	csafRelay: (number: string, date: string, issuer: string, subject?: string) =>
		`Văn bản số ${number} ngày ${date} của ${issuer}${subject ? ` về việc ${subject}` : ''}`,
	csafActionsNote: 'Việc cần làm',
	csafDue: (date: string) => `Hạn thực hiện: ${date}.`,
	csafFix: (fixed: string) => `Cập nhật phiên bản khắc phục: ${fixed}.`,
	csafAllVersions: 'mọi phiên bản',
	csafSupersededTitle: 'Văn bản thay thế',
	csafSuperseded: (number: string, url: string) => `Văn bản này đã được thay thế bởi văn bản số ${number}: ${url}`,
	csafInitialRevision: 'Ban hành lần đầu.',
	csafUpdatedRevision: 'Cập nhật nội dung sau khi ban hành.',
	csafSelf: 'Tài liệu CSAF này',
	csafPage: (site: string) => `Toàn văn cảnh báo trên trang ${site}`,
	stixIndicatorName: (type: string, value: string) => `${type}: ${value}`,
	directoryTitle: (path: string) => `Thư mục ${path}`,
	directoryParent: 'Thư mục cha',
} as const;

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
	directoryIntro:
		'Mỗi cơ quan, đơn vị có một trang riêng: các cảnh báo gửi đến đơn vị (trực tiếp, qua nhóm hoặc qua đơn vị tiền thân), việc cần làm và hạn xử lý, phiếu theo dõi và lịch hạn xử lý.',
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
	olderClosedActions: (n: number) => `Còn ${n} việc của các văn bản cũ hơn không liệt kê ở đây:`,
	olderAdvisories: (n: number) => `Còn ${n} cảnh báo cũ hơn không liệt kê ở đây:`,
	searchOlder: 'tìm trong mọi cảnh báo gửi đơn vị',
	dissolvedNoActions: 'Đơn vị đã giải thể: việc còn lại chuyển sang đơn vị kế thừa. Dưới đây là các việc đơn vị đã được giao.',
	showRole: 'Hiển thị việc của',
	allRoles: 'Tất cả',
	advisories: 'Cảnh báo gửi đơn vị',
	noAdvisories: 'Chưa có cảnh báo nào gửi đến đơn vị này.',
	via: (name: string) => `qua ${name}`,
	checklistLink: 'Phiếu theo dõi việc cần làm',
	calendarLink: 'Lịch hạn xử lý (iCalendar)',
	checklistTitle: (name: string) => `Việc cần làm: ${name}`,
	checklistIntro:
		'Tất cả việc của các cảnh báo đang hiệu lực mà đơn vị phải thực hiện. Đánh dấu việc đã xong (lưu trên trình duyệt này), rồi lập báo cáo kết quả gửi Sở.',
	column: { number: 'STT', action: 'Việc cần làm', advisory: 'Văn bản', due: 'Hạn', done: 'Đã xong', note: 'Ghi chú' },
	responsible: 'Người phụ trách',
	signedDate: 'Ngày',
	item: (label: string) => `Mục ${label}`,
	calendarName: (name: string) => `Hạn xử lý cảnh báo: ${name}`,
	calendarAll: 'Hạn xử lý các cảnh báo an toàn thông tin',
} as const;

export const checklistUi = {
	done: 'Đã xong',
	notApplicable: 'Không áp dụng',
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
	downloadJson: 'Tải tệp báo cáo (JSON)',
	recipient: 'Đơn vị báo cáo (theo danh mục)',
	chooseRecipient: '— Chọn đơn vị —',
	chooseRecipientFirst: 'Chọn đơn vị báo cáo trong danh mục trước khi tải tệp báo cáo.',
	reporter: 'Người báo cáo',
	contact: 'Liên hệ (e-mail, điện thoại)',
	jsonHint: 'Tệp JSON để Sở tổng hợp tự động: đính kèm vào thư gửi Sở.',
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
	noJs: 'Ô tìm kiếm cần JavaScript, mà trình duyệt này đang tắt hoặc chặn JavaScript, nên trang không hiện được kết quả. Hãy bật JavaScript, hoặc duyệt cảnh báo theo năm, loại, mức độ hay đơn vị nhận dưới đây: trang của mỗi năm liệt kê mọi cảnh báo trong năm đó.',
	noJsTitle: 'Tìm kiếm không chạy khi tắt JavaScript',
	noJsRecipients: 'Danh sách đơn vị nhận',
} as const;

/** The site header on a phone: shorter link texts so the navigation keeps to one row, and a search link. */
export const headerUi = {
	short: {
		advisories: 'Cảnh báo',
		recipients: 'Đơn vị',
		authorities: 'Cơ quan',
		report: 'Sự cố',
	},
	searchLink: 'Tìm kiếm',
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
	indicatorsNote:
		'Các giá trị đã được vô hiệu hóa (ví dụ 203.0.113[.]7, hxxps://) để tránh bấm nhầm; khôi phục dấu chấm và “http” trước khi đưa vào hệ thống giám sát.',
	indicatorType: 'Loại',
	indicatorValue: 'Giá trị',
	indicatorNote: 'Ghi chú',
	cc: 'Nơi nhận',
	attachments: 'Tệp đính kèm',
	/** Beside an original kept by import: its digest, so a reader can check the download. */
	attachmentDigest: 'Mã băm SHA-256',
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
	olderAdvisories: (n: number) => `Còn ${n} văn bản cũ hơn không liệt kê ở đây:`,
	searchOlder: 'tìm trong mọi văn bản',
	relayedFrom: 'Văn bản được tỉnh chuyển tiếp',
	external: 'liên kết ngoài',
	footerOperator: 'Cơ quan vận hành',
	footerAddress: 'Địa chỉ',
} as const;

/** The revision history on an advisory page. */
export const historyUi = {
	heading: 'Lịch sử văn bản',
	published: 'Đăng trên trang',
	changes: 'Các lần sửa đổi',
	noChanges: 'Chưa sửa đổi lần nào kể từ khi đăng.',
	truncated: (date: string) =>
		`Đã có trên trang từ ${date} hoặc sớm hơn: bản sao kho git dùng để dựng trang không có lịch sử trước thời điểm đó, nên ngày đăng và các lần sửa trước đó không xác định được.`,
	uncommitted: 'Bản dựng này có thay đổi chưa được lưu vào kho git.',
	draft: 'Văn bản chưa được lưu vào kho git (bản nháp): chưa có ngày đăng và lịch sử sửa đổi.',
	unknown: 'Không xác định được lịch sử sửa đổi: trang được dựng mà không đọc được kho git.',
} as const;

/** Feeds, the subscription page and the feed links of every page. */
export const feedUi = {
	formats: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
	allDescription: (operator: string) => `Cảnh báo, chỉ đạo về an toàn thông tin mạng do ${operator} ban hành và chuyển tiếp.`,
	severityTitle: (label: string) => `Cảnh báo mức độ ${label.toLowerCase()}`,
	severityDescription: (label: string) => `Các cảnh báo mức độ ${label.toLowerCase()}.`,
	kindDescription: (plural: string) => `${plural}.`,
	recipientTitle: (name: string) => `Cảnh báo gửi ${name.replace(/^Các /, 'các ')}`,
	recipientDescription: (name: string) =>
		`Các cảnh báo gửi tới ${name.replace(/^Các /, 'các ')}, kể cả gửi qua nhóm đơn vị hoặc cơ quan tiền thân.`,
	linkTitle: (format: string, title: string) => `${format}: ${title}`,
	actionsFor: (name: string) => `Việc ${name} cần làm`,
	readFull: 'Đọc toàn văn',
	updatedOn: (date: string) => `Cập nhật ${date}`,
	allRecipients: 'tất cả đơn vị nhận',
	// The subscription page.
	subscribe: 'Theo dõi',
	pageTitle: 'Theo dõi cảnh báo',
	pageDescription: 'Nhận cảnh báo an toàn thông tin qua RSS, Atom, JSON Feed, thư điện tử hoặc lịch, theo mức độ, loại hoặc đơn vị nhận.',
	pageLede:
		'Nhận cảnh báo mới ngay khi được ban hành: qua trình đọc tin (RSS, Atom, JSON Feed), thư điện tử hoặc lịch công việc. Mỗi nguồn tin có thể thu hẹp theo mức độ, loại cảnh báo hoặc đơn vị nhận.',
	feedsHeading: 'Nguồn tin (RSS, Atom, JSON Feed)',
	feedsHowTo:
		'Sao chép địa chỉ nguồn tin vào trình đọc tin (Thunderbird, Feedly, Inoreader, NetNewsWire…) hoặc vào ứng dụng chat có hỗ trợ RSS. Địa chỉ RSS dùng được ở hầu hết các phần mềm; Atom và JSON Feed có cùng nội dung cho phần mềm cần định dạng đó. Cảnh báo được sửa sau khi ban hành hiện là “cập nhật”, không thành tin mới.',
	opml: 'Tải tệp OPML của mọi nguồn tin',
	opmlHint: 'để nhập tất cả vào trình đọc tin một lần',
	feedAll: 'Tất cả cảnh báo',
	feedBySeverity: 'Theo mức độ',
	feedByKind: 'Theo loại',
	feedByRecipient: 'Theo đơn vị nhận',
	feedByRecipientHint:
		'Nguồn tin của một đơn vị gồm cảnh báo gửi trực tiếp, gửi qua nhóm mà đơn vị thuộc về (ví dụ “Các sở, ban, ngành”) và gửi cho cơ quan tiền thân trước khi sắp xếp lại.',
	recipientColumn: 'Đơn vị',
	feedsColumn: 'Nguồn tin',
	calendarColumn: 'Lịch',
	emailHeading: 'Bản tin thư điện tử',
	emailText:
		'Bản tin gửi tới hộp thư của cán bộ các cảnh báo liên quan đến đơn vị mình, kèm các việc đơn vị phải làm và thời hạn. Có thể chọn đơn vị, mức độ tối thiểu, loại cảnh báo và tần suất: gửi ngay khi có cảnh báo, hằng ngày hoặc hằng tuần. Mỗi bản tin chỉ gửi một lần.',
	emailHowTo: 'Để đăng ký, thay đổi hoặc hủy, gửi thư tới',
	emailWhat: 'nêu: họ tên, địa chỉ thư điện tử, đơn vị, mức độ tối thiểu, loại cảnh báo và tần suất mong muốn.',
	emailHowToOperator: (operator: string) =>
		`Để đăng ký, thay đổi hoặc hủy, liên hệ ${operator} (xem đầu mối ở trang Báo cáo sự cố), nêu: họ tên, địa chỉ thư điện tử, đơn vị, mức độ tối thiểu, loại cảnh báo và tần suất mong muốn.`,
	unsubscribeHeading: 'Hủy nhận bản tin',
	unsubscribeText:
		'Mỗi bản tin có liên kết “Hủy nhận bản tin” ở cuối thư; phần mềm thư (Gmail, Outlook…) cũng hiện nút hủy đăng ký. Cũng có thể trả lời thư với tiêu đề “Hủy nhận bản tin”.',
	calendarHeading: 'Lịch công việc',
	calendarText:
		'Thời hạn các việc cần làm có trong tệp lịch (iCalendar): thêm địa chỉ vào Google Calendar, Outlook hoặc lịch trên điện thoại bằng chức năng “Đăng ký lịch qua URL”, lịch tự cập nhật khi có cảnh báo mới. Lịch có mọi thời hạn của các cảnh báo đang hiệu lực và các thời hạn từ 12 tháng trước trở đi; thời hạn cũ hơn xem trên trang cảnh báo và trang của từng đơn vị.',
	calendarAll: 'Lịch thời hạn của mọi cảnh báo',
	calendarRecipient: 'Lịch của đơn vị',
	dataHeading: 'Dữ liệu',
	dataText: 'Toàn bộ cảnh báo ở dạng JSON cho hệ thống khác đọc:',
} as const;

/** E-mail digests: subject, body and footer. */
export const digestUi = {
	periodTitle: { immediate: 'Cảnh báo mới', daily: 'Bản tin hằng ngày', weekly: 'Bản tin hằng tuần' },
	periodName: { immediate: 'ngay khi có cảnh báo', daily: 'hằng ngày', weekly: 'hằng tuần' },
	editionOfDay: (date: string) => `Bản tin ngày ${date}`,
	editionOfWeek: (week: number, year: number) => `Bản tin tuần ${week}/${year}`,
	count: (n: number, what: 'new' | 'updated' | 'mixed') =>
		`${n} cảnh báo ${what === 'new' ? 'mới' : what === 'updated' ? 'cập nhật' : 'mới và cập nhật'}`,
	single: (what: 'new' | 'updated', severity: string, title: string) =>
		`Cảnh báo ${what === 'new' ? 'mới' : 'cập nhật'}, mức độ ${severity.toLowerCase()}: ${title}`,
	highest: (severity: string) => `Mức độ cao nhất: ${severity.toLowerCase()}.`,
	actionsPending: (n: number, due?: string) =>
		n ? `Đơn vị có ${n} việc cần làm${due ? `, hạn gần nhất ${due}` : ''}.` : 'Không có việc giao riêng cho đơn vị.',
	greeting: (name?: string) => (name ? `Kính gửi ${name},` : 'Kính gửi anh/chị,'),
	intro: (n: number, agencies: string) => `${n === 1 ? 'Có 1 cảnh báo' : `Có ${n} cảnh báo`} an toàn thông tin liên quan đến ${agencies}:`,
	everyAgency: 'các cơ quan, đơn vị trên địa bàn tỉnh',
	isNew: 'Mới',
	isUpdate: 'Cập nhật',
	updatedOn: (date: string) => `cập nhật ngày ${date}`,
	number: 'Số',
	actionsHeading: 'Việc đơn vị cần làm',
	actionsNone: 'Cảnh báo không giao việc riêng cho đơn vị; đề nghị đọc toàn văn để nắm tình hình.',
	due: 'Hạn',
	noDue: 'không nêu hạn',
	overdue: (days: number) => `quá hạn ${days} ngày`,
	dueToday: 'hạn hôm nay',
	dueIn: (days: number) => `còn ${days} ngày`,
	assignedTo: 'Giao',
	readFull: 'Xem toàn văn',
	report: 'Phát hiện dấu hiệu nêu trong cảnh báo? Báo cáo sự cố ngay:',
	why: (agencies: string, severity: string, kinds: string, period: string) =>
		`Anh/chị nhận thư này vì đã đăng ký bản tin cảnh báo của ${agencies}, mức độ từ ${severity.toLowerCase()} trở lên, ${kinds}, gửi ${period}.`,
	allKinds: 'mọi loại cảnh báo',
	kindsList: (kinds: string) => `loại: ${kinds}`,
	manage: 'Thay đổi đăng ký',
	unsubscribe: 'Hủy nhận bản tin',
	unsubscribeSubject: 'Huy nhan ban tin',
	footer: (operator: string, address: string) => `${operator}, ${address}`,
	automatic: 'Thư được gửi tự động; trả lời thư này sẽ tới bộ phận tiếp nhận đăng ký.',
} as const;

/** Reminder e-mails (npm run digest -- --period reminders): overdue or nearly due work without a report. */
export const reminderUi = {
	subject: (overdue: number, soon: number, date: string) =>
		`Nhắc việc ngày ${date}: ${[overdue ? `${overdue} việc quá hạn` : '', soon ? `${soon} việc sắp đến hạn` : ''].filter(Boolean).join(', ')} chưa báo cáo`,
	intro: 'Các việc dưới đây đã quá hạn hoặc sắp đến hạn (trong 3 ngày) mà Sở chưa nhận được báo cáo hoàn thành hoặc không áp dụng:',
	agency: (name: string) => `Đơn vị: ${name}`,
	checklist: 'Mở danh sách việc cần làm và lập báo cáo',
	howToReport:
		'Khi đã làm xong, đánh dấu trên danh sách việc cần làm, tải tệp báo cáo (JSON) và gửi Sở qua thư điện tử; thư nhắc sẽ dừng khi Sở nhận báo cáo.',
	lastReport: (status: string, date: string) => `báo cáo gần nhất ngày ${date}: ${status}`,
	notDone: 'chưa hoàn thành',
	why: 'Anh/chị nhận thư nhắc này vì đã đăng ký theo dõi các đơn vị trên; mỗi ngày nhiều nhất một thư.',
} as const;

/** The private compliance site (npm run reports -- site): internal pages of who reported what. */
export const complianceUi = {
	internal: 'NỘI BỘ: trang tổng hợp báo cáo của các đơn vị, chỉ dùng trong Sở. Không công bố, không chuyển tiếp.',
	title: 'Tổng hợp báo cáo thực hiện',
	overview: 'Toàn tỉnh',
	asOf: (date: string) => `Số liệu tính đến ngày ${date}.`,
	advisories: 'Cảnh báo đang hiệu lực',
	agencies: 'Đơn vị',
	advisory: 'Cảnh báo',
	agency: 'Đơn vị',
	action: 'Việc',
	due: 'Hạn',
	noDue: 'không nêu',
	reported: 'Ngày báo cáo',
	verified: 'Xác thực',
	yes: 'có',
	no: 'chưa',
	note: 'Ghi chú',
	total: 'Tổng',
	rows: 'Lượt việc',
	status: { done: 'Đã xong', 'not-applicable': 'Không áp dụng', 'not-done': 'Chưa xong', 'no-report': 'Chưa báo cáo' },
	overdue: 'Quá hạn',
	overdueDays: (n: number) => `quá hạn ${n} ngày`,
	matrix: 'Đơn vị × việc',
	byAgency: 'Báo cáo của đơn vị',
	overdueList: 'Việc quá hạn',
	nothingOverdue: 'Không có việc quá hạn.',
	nothing: 'Không có việc nào của cảnh báo đang hiệu lực.',
	item: (label: string) => `Mục ${label}`,
	back: 'Về trang tổng hợp',
	reportedBy: (id: string) => `do ${id} báo cáo trước khi giải thể`,
} as const;

/** Social cards (link previews): the words on the image and its alt text. */
export const cardUi = {
	severity: (label: string) => `Mức độ: ${label}`,
	numberDate: (number: string, date: string) => `Số ${number} · ${date}`,
	advisoryAlt: (kind: string, number: string, date: string, issuer: string, subject: string, severity: string) =>
		`${kind}, văn bản số ${number} ngày ${date} của ${issuer}: ${subject}. Mức độ: ${severity}.`,
	recipientEyebrow: { group: 'Nhóm đơn vị nhận cảnh báo', organisation: 'Đơn vị nhận cảnh báo' },
	recipientCounts: (advisories: number, open: number) => `${advisories} cảnh báo · ${open} việc cần làm đang mở`,
	recipientCeased: (successors: string) => (successors ? `Đã giải thể hoặc hợp nhất vào ${successors}` : 'Đã giải thể hoặc hợp nhất'),
	recipientAlt: (name: string, counts: string) => `Cảnh báo an toàn thông tin gửi ${name}: ${counts}.`,
	homeActive: (n: number) => (n ? `${n} cảnh báo đang hiệu lực` : 'Hiện không có cảnh báo nào đang hiệu lực'),
	homeAlt: (site: string, tagline: string, active: string) => `${site}: ${tagline}. ${active}.`,
	sharedTitle: (kind: string, severity: string) => `${kind} · mức độ ${severity.toLocaleLowerCase('vi')}`,
	sharedAlt: (site: string, kind: string, severity: string) =>
		`${site}: cảnh báo loại ${kind.toLocaleLowerCase('vi')}, mức độ ${severity.toLocaleLowerCase('vi')}.`,
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
	rolieFeedSummary: (operator: string) => `Mọi tài liệu CSAF (TLP:WHITE) của ${operator}.`,
	rolieFeedTitle: (site: string) => `${site}: tài liệu CSAF (TLP:WHITE)`,
	rolieWorkspace: (site: string) => `${site}: tài liệu CSAF công khai`,
	directoryParent: 'Thư mục cha',
} as const;

/** Links in an advisory's text (src/components/BodyLink.astro). */
export const linkUi = {
	/** After the text of a link whose address was not safe to follow (javascript:, data:…). */
	refused: 'liên kết không an toàn đã được gỡ bỏ',
} as const;

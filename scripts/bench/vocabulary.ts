/**
 * Vietnamese wording for the synthetic benchmark corpus. Kept apart from the generator so the
 * text can grow without touching the logic. Nothing here may contain `{ } < >`: the bodies are
 * MDX, where those characters start expressions and tags.
 */
import type { ActionRole, AdvisoryKind } from '../../src/schemas/advisory.ts';

/** What a text template may refer to. */
export interface TextContext {
	year: number;
	/** Issuer as the body names it ("UBND tỉnh", "Sở Thông tin và Truyền thông"). */
	issuerName: string;
	/** Who receives reports back (the provincial IT-security department on that date). */
	reportTo: string;
	/** The national body the information comes from. */
	source: string;
	province: string;
	vendor: string;
	product: string;
	family: string;
	holiday: string;
	/** The year the holiday falls in. */
	holidayYear: number;
	severityWord: string;
	/** A date shortly before the issue date, written dd/mm/yyyy. */
	recentDate: string;
}

type Text = (c: TextContext) => string;

export interface ProductInfo {
	vendor: string;
	product: string;
	versions: string;
	fixed: string;
}

export const products: readonly ProductInfo[] = [
	{
		vendor: 'Microsoft',
		product: 'Exchange Server',
		versions: '2016 CU23, 2019 CU13 trở về trước',
		fixed: 'Bản cập nhật bảo mật mới nhất của hãng',
	},
	{ vendor: 'Fortinet', product: 'FortiOS SSL-VPN', versions: '7.0.0 đến 7.0.12, 7.2.0 đến 7.2.5', fixed: '7.0.13, 7.2.6' },
	{ vendor: 'Citrix', product: 'NetScaler ADC', versions: '13.1 trước 13.1-49.15', fixed: '13.1-49.15' },
	{ vendor: 'Ivanti', product: 'Connect Secure', versions: '9.x, 22.x', fixed: '22.5R2.2' },
	{ vendor: 'VMware', product: 'vCenter Server', versions: '7.0 trước 7.0 U3q, 8.0 trước 8.0 U2b', fixed: '7.0 U3q, 8.0 U2b' },
	{ vendor: 'Apache', product: 'Log4j', versions: '2.0 đến 2.14.1', fixed: '2.17.1' },
	{ vendor: 'Atlassian', product: 'Confluence Server', versions: '8.0.0 đến 8.5.3', fixed: '8.5.4' },
	{ vendor: 'Cisco', product: 'IOS XE', versions: 'các phiên bản bật giao diện quản trị web', fixed: '17.9.4a' },
	{ vendor: 'Palo Alto Networks', product: 'PAN-OS GlobalProtect', versions: '10.2, 11.0, 11.1', fixed: '11.1.2-h3' },
	{
		vendor: 'Microsoft',
		product: 'Windows',
		versions: 'Windows 10, Windows 11, Windows Server 2019, 2022',
		fixed: 'Bản vá bảo mật định kỳ hằng tháng',
	},
	{ vendor: 'Google', product: 'Chrome', versions: 'trước 120.0.6099.224', fixed: '120.0.6099.224' },
	{ vendor: 'Zimbra', product: 'Collaboration Suite', versions: '8.8.15, 9.0.0', fixed: '8.8.15 Patch 41, 9.0.0 Patch 34' },
	{ vendor: 'Oracle', product: 'WebLogic Server', versions: '12.2.1.4.0, 14.1.1.0.0', fixed: 'Bản cập nhật quý của hãng' },
	{ vendor: 'Apache', product: 'Tomcat', versions: '9.0.0 đến 9.0.82', fixed: '9.0.83' },
	{ vendor: 'WordPress', product: 'plugin WP File Manager', versions: '6.0 đến 6.8', fixed: '6.9' },
];

export const malwareFamilies = [
	'Emotet',
	'LockBit',
	'WannaCry',
	'PlugX',
	'ShadowPad',
	'Qakbot',
	'AgentTesla',
	'RedLine Stealer',
	'Mirai',
	'Phobos',
] as const;

export const signerNames = [
	'Nguyễn Văn Hùng',
	'Trần Thị Hoa',
	'Lê Đình Sơn',
	'Phạm Quốc Bảo',
	'Hoàng Minh Đức',
	'Võ Thị Lan',
	'Đặng Văn Thành',
	'Bùi Xuân Trường',
] as const;

/**
 * The holiday or event a directive is about, by the month it is issued in, and the year the
 * event falls in (a December dispatch prepares for next year's New Year).
 */
export function holidayFor(month: number, year: number): { name: string; year: number } {
	if (month >= 11) return { name: 'Tết Dương lịch', year: year + 1 };
	if (month <= 2) return { name: 'Tết Nguyên đán', year };
	if (month <= 4) return { name: 'nghỉ lễ Giỗ Tổ Hùng Vương, 30/4 và 1/5', year };
	if (month <= 6) return { name: 'kỳ thi tốt nghiệp trung học phổ thông', year };
	if (month <= 8) return { name: 'nghỉ lễ Quốc khánh 2/9', year };
	return { name: 'kỳ họp Hội đồng nhân dân tỉnh', year };
}

export const severityWords = { low: 'mức thấp', medium: 'mức trung bình', high: 'mức cao', critical: 'nghiêm trọng' } as const;

export const subjects: Record<AdvisoryKind, readonly Text[]> = {
	vulnerability: [
		(c) => `cảnh báo lỗ hổng bảo mật ${c.severityWord} trong ${c.vendor} ${c.product}`,
		(c) => `khẩn trương cập nhật bản vá lỗ hổng bảo mật trên ${c.vendor} ${c.product}`,
	],
	malware: [
		(c) => `cảnh báo chiến dịch phát tán mã độc ${c.family} nhắm vào các cơ quan nhà nước`,
		(c) => `rà soát, xử lý các máy tính bị nhiễm mã độc ${c.family}`,
	],
	'data-leak': [
		() => 'cảnh báo lộ lọt thông tin xác thực tài khoản thư điện tử công vụ',
		() => 'cảnh báo nguy cơ lộ lọt dữ liệu cá nhân trên các hệ thống thông tin của tỉnh',
	],
	incident: [
		() => 'thông báo sự cố tấn công thay đổi giao diện trang thông tin điện tử',
		() => 'cảnh báo tấn công từ chối dịch vụ vào cổng dịch vụ công của tỉnh',
	],
	directive: [
		(c) => `tăng cường bảo đảm an toàn thông tin mạng trong dịp ${c.holiday} năm ${c.holidayYear}`,
		(c) => `chủ động giám sát, ứng cứu sự cố an toàn thông tin mạng trong dịp ${c.holiday} năm ${c.holidayYear}`,
	],
	other: [
		() => 'hướng dẫn nhận diện thủ đoạn lừa đảo trực tuyến giả mạo cơ quan nhà nước',
		() => 'khuyến nghị áp dụng xác thực hai yếu tố cho các hệ thống thông tin',
	],
};

export const summaries: Record<AdvisoryKind, Text> = {
	vulnerability: (c) =>
		`${c.issuerName} cảnh báo lỗ hổng ${c.severityWord} trong ${c.vendor} ${c.product} và yêu cầu các cơ quan, đơn vị cập nhật bản vá trong thời gian sớm nhất.`,
	malware: (c) =>
		`${c.issuerName} cảnh báo chiến dịch phát tán mã độc ${c.family} qua thư điện tử giả mạo; các đơn vị cần chặn địa chỉ độc hại và quét mã độc toàn bộ máy tính.`,
	'data-leak': (c) =>
		`${c.issuerName} đề nghị các cơ quan, đơn vị yêu cầu cán bộ đổi mật khẩu, bật xác thực hai yếu tố do nhiều tài khoản công vụ bị lộ lọt.`,
	incident: (c) =>
		`${c.issuerName} thông báo sự cố tấn công vào hệ thống thông tin trên địa bàn tỉnh và hướng dẫn các đơn vị kiểm tra, phòng ngừa tấn công tương tự.`,
	directive: (c) =>
		`${c.issuerName} yêu cầu các cơ quan, đơn vị rà soát lỗ hổng và cử cán bộ trực giám sát hệ thống liên tục trong dịp ${c.holiday} năm ${c.holidayYear}.`,
	other: (c) => `${c.issuerName} hướng dẫn cán bộ, công chức nhận diện và phòng tránh các nguy cơ mất an toàn thông tin thường gặp.`,
};

/** Opening paragraphs: why the dispatch is sent. */
export const contexts: Record<AdvisoryKind, readonly Text[]> = {
	vulnerability: [
		(c) =>
			`Qua công tác theo dõi, giám sát, ${c.source} ghi nhận sản phẩm ${c.vendor} ${c.product} tồn tại lỗ hổng bảo mật ${c.severityWord}, cho phép đối tượng tấn công thực thi mã từ xa mà không cần xác thực. Hiện đã xuất hiện mã khai thác công khai trên mạng Internet và nhiều hệ thống trên thế giới đã bị tấn công thông qua lỗ hổng này.`,
		(c) =>
			`Hãng ${c.vendor} vừa phát hành bản cập nhật khắc phục lỗ hổng bảo mật ${c.severityWord} trong sản phẩm ${c.product}. Theo đánh giá ban đầu, lỗ hổng có thể bị lợi dụng để chiếm quyền điều khiển máy chủ, đánh cắp dữ liệu hoặc làm bàn đạp tấn công vào các hệ thống khác trong mạng nội bộ.`,
		(c) =>
			`Kết quả rà soát cho thấy trên địa bàn tỉnh ${c.province} vẫn còn một số hệ thống thông tin sử dụng ${c.product} phiên bản cũ, chưa được cập nhật bản vá, có nguy cơ cao bị khai thác.`,
	],
	malware: [
		(c) =>
			`Thời gian gần đây, ${c.source} phát hiện chiến dịch phát tán mã độc ${c.family} thông qua thư điện tử giả mạo văn bản hành chính, nhắm vào các cơ quan nhà nước tại Việt Nam. Mã độc có khả năng thu thập thông tin, đánh cắp mật khẩu và mở cửa hậu để tải thêm các thành phần độc hại khác.`,
		(c) =>
			`Qua giám sát, hệ thống phát hiện một số địa chỉ IP thuộc mạng của các cơ quan, đơn vị trên địa bàn tỉnh có kết nối đến máy chủ điều khiển của mã độc ${c.family}. Đây là dấu hiệu cho thấy máy tính trong mạng nội bộ đã bị nhiễm mã độc và có thể đang bị kẻ tấn công điều khiển.`,
		() =>
			'Mã độc mã hóa dữ liệu tống tiền tiếp tục là mối đe dọa lớn đối với các tổ chức; nhiều đơn vị đã bị gián đoạn hoạt động nhiều ngày do dữ liệu bị mã hóa và không có bản sao lưu an toàn.',
	],
	'data-leak': [
		(c) =>
			`Theo thông tin từ ${c.source}, nhiều tài khoản thư điện tử công vụ thuộc tên miền của tỉnh đã bị lộ lọt thông tin xác thực và đang được rao bán trên các diễn đàn tin tặc. Đối tượng xấu có thể lợi dụng các tài khoản này để gửi thư lừa đảo, phát tán mã độc hoặc truy cập trái phép vào hệ thống.`,
		() =>
			'Nguyên nhân chủ yếu là do người dùng đặt mật khẩu yếu, sử dụng cùng một mật khẩu cho nhiều dịch vụ hoặc máy tính bị nhiễm mã độc đánh cắp thông tin.',
	],
	incident: [
		(c) =>
			`Ngày ${c.recentDate}, trang thông tin điện tử của một cơ quan trên địa bàn tỉnh bị tấn công thay đổi giao diện, chèn nội dung quảng cáo cờ bạc trực tuyến. Qua phân tích ban đầu, đối tượng đã khai thác lỗ hổng trong mã nguồn và tải lên tệp tin độc hại để chiếm quyền quản trị.`,
		() =>
			'Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh đã phối hợp với đơn vị chủ quản cô lập hệ thống, thu thập nhật ký và khôi phục hoạt động; tuy nhiên nguy cơ tấn công tương tự vào các hệ thống khác vẫn còn rất cao.',
		(c) =>
			`Từ ngày ${c.recentDate}, hệ thống giám sát ghi nhận lưu lượng truy cập bất thường với cường độ lớn nhằm vào cổng dịch vụ công của tỉnh, có dấu hiệu của một cuộc tấn công từ chối dịch vụ phân tán.`,
	],
	directive: [
		(c) =>
			`Theo đánh giá của ${c.source}, tình hình an toàn thông tin mạng năm ${c.year} tiếp tục diễn biến phức tạp, đặc biệt trong khoảng thời gian diễn ra các sự kiện lớn của đất nước và những dịp nghỉ lễ, khi lực lượng trực hệ thống mỏng hơn ngày thường.`,
		(c) =>
			`Để chủ động phòng ngừa, bảo đảm các hệ thống thông tin hoạt động ổn định, an toàn trong dịp ${c.holiday}, cần tăng cường công tác giám sát, sẵn sàng ứng cứu khi có sự cố xảy ra.`,
	],
	other: [
		() =>
			'Thời gian qua, các đối tượng lừa đảo liên tục thay đổi thủ đoạn, giả mạo cơ quan nhà nước qua điện thoại, tin nhắn và mạng xã hội để chiếm đoạt tài sản, thông tin cá nhân của người dân và cán bộ, công chức.',
		() =>
			'Việc sử dụng mật khẩu đơn giản, không bật xác thực hai yếu tố và chia sẻ tài khoản dùng chung vẫn còn phổ biến tại nhiều cơ quan, đơn vị, tiềm ẩn nguy cơ mất an toàn thông tin.',
	],
};

/** Middle paragraphs that fit any advisory. */
export const fillers: readonly string[] = [
	'Trong bối cảnh chuyển đổi số được đẩy mạnh, ngày càng nhiều dịch vụ công và cơ sở dữ liệu được đưa lên môi trường mạng; một sự cố nhỏ cũng có thể làm gián đoạn hoạt động phục vụ người dân và doanh nghiệp.',
	'Qua theo dõi, nhiều cơ quan, đơn vị chưa thực hiện đầy đủ việc cập nhật bản vá, sao lưu dữ liệu và kiểm tra định kỳ theo quy định, dẫn đến hệ thống tồn tại điểm yếu kéo dài.',
	'Kinh nghiệm xử lý các sự cố trước đây cho thấy việc phát hiện sớm, báo cáo kịp thời và phối hợp chặt chẽ giữa các đơn vị giúp giảm đáng kể thiệt hại và thời gian khôi phục hệ thống.',
	'Các cuộc tấn công thường bắt đầu từ một thư điện tử lừa đảo hoặc một tài khoản có mật khẩu yếu, sau đó lây lan sang các máy chủ quan trọng trong mạng nội bộ.',
	'Việc bảo đảm an toàn thông tin là trách nhiệm của người đứng đầu cơ quan, đơn vị theo quy định của Luật An toàn thông tin mạng và Luật An ninh mạng.',
	'Nhiều máy tính tại các cơ quan vẫn sử dụng hệ điều hành đã hết thời gian hỗ trợ, không được cài đặt phần mềm phòng, chống mã độc có bản quyền và không được quản lý tập trung.',
];

export interface ActionTemplate {
	id: string;
	text: string | Text;
	role: ActionRole;
	/** Kinds it fits; every kind when absent. */
	kinds?: readonly AdvisoryKind[];
	steps?: readonly string[];
}

/** In the order a dispatch would list them: check, fix, watch, tell people, report back. */
export const actionTemplates: readonly ActionTemplate[] = [
	{
		id: 'ra-soat-he-thong',
		role: 'it-security',
		text: 'Tổ chức rà soát, kiểm tra các hệ thống thông tin thuộc phạm vi quản lý để phát hiện sớm điểm yếu, lỗ hổng bảo mật.',
	},
	{
		id: 'cap-nhat-ban-va',
		role: 'it-security',
		kinds: ['vulnerability'],
		text: (c) =>
			`Khẩn trương cập nhật bản vá cho ${c.vendor} ${c.product} theo hướng dẫn của hãng; trường hợp chưa thể cập nhật, áp dụng ngay các biện pháp giảm thiểu tạm thời.`,
		steps: [
			'Xác định toàn bộ máy chủ, thiết bị đang sử dụng phiên bản bị ảnh hưởng.',
			'Sao lưu cấu hình và dữ liệu trước khi cập nhật.',
			'Kiểm tra dấu hiệu khai thác trong nhật ký hệ thống sau khi cập nhật.',
		],
	},
	{
		id: 'chan-dia-chi-doc-hai',
		role: 'it-security',
		kinds: ['malware', 'incident'],
		text: 'Chặn các địa chỉ IP, tên miền độc hại trong danh sách kèm theo trên tường lửa, hệ thống lọc thư và máy chủ phân giải tên miền.',
	},
	{
		id: 'quet-ma-doc',
		role: 'it-security',
		kinds: ['malware', 'incident', 'data-leak'],
		text: 'Kiểm tra, quét mã độc trên toàn bộ máy tính, máy chủ; cô lập ngay các máy có dấu hiệu nhiễm và báo cáo để được hỗ trợ xử lý.',
	},
	{
		id: 'doi-mat-khau',
		role: 'all',
		kinds: ['data-leak', 'malware', 'other'],
		text: 'Yêu cầu cán bộ, công chức, viên chức thay đổi mật khẩu thư điện tử công vụ, không sử dụng lại mật khẩu cũ hoặc mật khẩu dùng cho dịch vụ khác.',
	},
	{
		id: 'xac-thuc-hai-yeu-to',
		role: 'it-security',
		kinds: ['data-leak', 'other', 'vulnerability'],
		text: 'Bật xác thực hai yếu tố cho tài khoản quản trị và tài khoản thư điện tử công vụ.',
	},
	{
		id: 'sao-luu-du-lieu',
		role: 'it-security',
		kinds: ['malware', 'incident', 'directive'],
		text: 'Thực hiện sao lưu dữ liệu quan trọng định kỳ, lưu trữ bản sao tách biệt khỏi mạng và kiểm tra khả năng khôi phục.',
	},
	{
		id: 'giam-sat-lien-tuc',
		role: 'it-security',
		text: 'Tăng cường theo dõi, giám sát hệ thống, kịp thời phát hiện và xử lý các dấu hiệu tấn công mạng.',
	},
	{
		id: 'cu-can-bo-truc',
		role: 'it-security',
		kinds: ['directive'],
		text: (c) =>
			`Cử cán bộ chuyên trách trực, giám sát hệ thống liên tục trong dịp ${c.holiday}; công khai số điện thoại liên hệ của cán bộ trực.`,
	},
	{
		id: 'chi-dao-don-vi-truc-thuoc',
		role: 'leaders',
		text: 'Thủ trưởng các cơ quan, đơn vị chỉ đạo, đôn đốc đơn vị trực thuộc triển khai nghiêm túc các biện pháp bảo đảm an toàn thông tin.',
	},
	{
		id: 'pho-bien-can-bo',
		role: 'all',
		text: 'Phổ biến cảnh báo đến toàn thể cán bộ, công chức, viên chức; không mở tệp đính kèm, đường dẫn lạ trong thư điện tử và tin nhắn.',
	},
	{
		id: 'go-bo-phan-mem-la',
		role: 'all',
		kinds: ['malware', 'other'],
		text: 'Gỡ bỏ phần mềm không rõ nguồn gốc, phần mềm bẻ khóa trên máy tính phục vụ công việc.',
	},
	{
		id: 'thong-bao-su-co',
		role: 'all',
		text: 'Khi phát hiện sự cố, thông báo ngay cho Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh để được hỗ trợ.',
	},
	{ id: 'bao-cao-ket-qua', role: 'leaders', text: (c) => `Báo cáo kết quả thực hiện về ${c.reportTo} để tổng hợp, theo dõi.` },
];

/** Sub-items of a "Giao <đơn vị>:" action. */
export const assignedSteps: readonly string[] = [
	'Chủ động, thường xuyên phối hợp với các cơ quan, đơn vị thực hiện các biện pháp nêu trên bảo đảm hiệu quả, an toàn; kịp thời phối hợp xử lý các sự cố xảy ra.',
	'Rà soát toàn bộ hệ thống thông tin do đơn vị quản lý, lập danh sách máy chủ, thiết bị bị ảnh hưởng và phương án khắc phục.',
	'Khi phát hiện dấu hiệu tấn công mạng, kịp thời thông báo cho cơ quan chức năng để có biện pháp xử lý, giảm thiểu thiệt hại.',
	'Đôn đốc, hướng dẫn các đơn vị trực thuộc thực hiện và tổng hợp kết quả báo cáo.',
	'Bố trí cán bộ đầu mối phối hợp với Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh.',
];

export const closings: readonly Text[] = [
	(c) =>
		`Yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm túc những nội dung nêu trên; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời phản ánh về ${c.reportTo} để được hướng dẫn, giải quyết./.`,
	(c) => `Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện. Thông tin chi tiết liên hệ ${c.reportTo} để được hỗ trợ./.`,
];

export const tagsByKind: Record<AdvisoryKind, readonly string[]> = {
	vulnerability: ['lỗ hổng', 'bản vá', 'thực thi mã từ xa', 'VPN'],
	malware: ['mã độc', 'APT', 'ransomware', 'botnet', 'thư điện tử lừa đảo'],
	'data-leak': ['lộ lọt tài khoản', 'mật khẩu', 'thư điện tử', 'dữ liệu cá nhân'],
	incident: ['sự cố', 'ứng cứu', 'DDoS', 'thay đổi giao diện'],
	directive: ['nghỉ lễ', 'giám sát', 'trực hệ thống', 'ứng cứu sự cố'],
	other: ['lừa đảo trực tuyến', 'xác thực hai yếu tố', 'nâng cao nhận thức'],
};

export const indicatorNotes = {
	ip: ['máy chủ điều khiển (C2)', 'địa chỉ rà quét, tấn công', 'máy chủ phát tán mã độc'],
	domain: ['tên miền điều khiển mã độc', 'tên miền giả mạo cổng thông tin', 'tên miền phát tán mã độc'],
	url: ['đường dẫn tải mã độc', 'trang đăng nhập giả mạo'],
	hash: ['tệp đính kèm độc hại (SHA-256)', 'tệp thực thi của mã độc (SHA-256)'],
	email: ['địa chỉ gửi thư lừa đảo', 'địa chỉ giả mạo cơ quan nhà nước'],
} as const;

/** Only RFC 5737 documentation ranges and the reserved .example domain: never a real host. */
export const ipPrefixes = ['192.0.2', '198.51.100', '203.0.113'] as const;
export const domainWords = ['update', 'cdn', 'mail', 'secure', 'login', 'portal', 'dichvucong', 'congvan', 'vanban', 'hotro'] as const;
export const urlPaths = ['tai-lieu/van-ban.zip', 'login.php', 'cong-van/tai-ve.rar', 'update/setup.exe', 'xac-thuc/index.html'] as const;
export const mailboxes = ['hotro', 'vanthu', 'admin', 'thongbao', 'no-reply'] as const;

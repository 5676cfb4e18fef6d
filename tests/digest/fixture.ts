/** Content for digest tests: the basic fixture plus two recent advisories of other severities and kinds. */
import { fixtureCopy } from '../helpers/fixture.ts';

export const CRITICAL = `---
number: 8/SKHCN-CNTT
issued: 2026-11-24
place: Hà Tĩnh
issuer: so-khcn
subject: cảnh báo lỗ hổng <Exchange> & Outlook "nghiêm trọng"
summary: Lỗ hổng cho phép chiếm quyền máy chủ thư <script>alert(1)</script> & hơn thế.
kind: vulnerability
severity: critical
recipients: [so-y-te]
actions:
  - id: va-loi
    text: Cập nhật bản vá cho máy chủ thư.
    role: it-security
    due: 2026-11-28
signer:
  name: Lê Văn C
  titleLines: [GIÁM ĐỐC]
---

Lỗ hổng đang bị khai thác.
`;

export const MEDIUM = `---
number: 9/SKHCN-CNTT
issued: 2026-11-25
place: Hà Tĩnh
issuer: so-khcn
subject: hướng dẫn rà soát tài khoản thư điện tử công vụ
summary: Các xã, phường rà soát tài khoản thư điện tử không còn sử dụng.
kind: directive
severity: medium
recipients: [ubnd-cap-xa]
actions:
  - id: ra-soat-tai-khoan
    text: Rà soát, khóa tài khoản không còn sử dụng.
    due: 2026-12-01
signer:
  name: Lê Văn C
  titleLines: [GIÁM ĐỐC]
---

Thực hiện kế hoạch năm 2026.
`;

export function digestFixture(edits: Record<string, string | ((text: string) => string)> = {}): string {
	return fixtureCopy({ 'advisories/2026/8-skhcn-cntt.mdx': CRITICAL, 'advisories/2026/9-skhcn-cntt.mdx': MEDIUM, ...edits });
}

/** `n` subscribers following the provincial departments, one per line. */
export function manySubscribers(n: number, frequency = 'immediate'): string {
	return Array.from(
		{ length: n },
		(_, i) => `- email: s${String(i + 1).padStart(3, '0')}@example.gov.vn\n  recipients: [so-y-te]\n  frequency: ${frequency}\n`,
	).join('');
}

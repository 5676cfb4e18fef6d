/**
 * Structured upstream advisories for the relay tests: a CSAF 2.0 document shaped like the
 * specification's examples (a vendor's security advisory with a product tree, CVSS scores and
 * remediations), a CVE JSON 5 record and a small CISA KEV catalog.
 */
export function csafDocument(options: { tlp?: string; title?: string } = {}) {
	return {
		document: {
			category: 'csaf_security_advisory',
			csaf_version: '2.0',
			lang: 'en',
			title: options.title ?? 'Example Firewall Web Services Remote Code Execution Vulnerability',
			publisher: { category: 'vendor', name: 'Example PSIRT', namespace: 'https://psirt.example.com' },
			...(options.tlp ? { distribution: { tlp: { label: options.tlp, url: 'https://www.first.org/tlp/' } } } : {}),
			notes: [
				{
					category: 'summary',
					title: 'Summary',
					text: 'A vulnerability in the web services interface of Example Firewall could allow an unauthenticated, remote attacker to execute arbitrary code.',
				},
			],
			references: [
				{ category: 'self', summary: 'Canonical URL', url: 'https://psirt.example.com/csaf/2024/example-sa-2024-0042.json' },
				{ category: 'external', summary: 'Security advisory', url: 'https://psirt.example.com/advisories/example-sa-2024-0042' },
			],
			tracking: {
				id: 'example-sa-2024-0042',
				status: 'final',
				version: '1.0.0',
				initial_release_date: '2024-04-24T16:00:00.000Z',
				current_release_date: '2024-04-24T16:00:00.000Z',
				revision_history: [{ date: '2024-04-24T16:00:00.000Z', number: '1.0.0', summary: 'Initial public release.' }],
			},
		},
		product_tree: {
			branches: [
				{
					category: 'vendor',
					name: 'Example',
					branches: [
						{
							category: 'product_name',
							name: 'Example Firewall',
							branches: [
								{ category: 'product_version', name: '9.16.1', product: { product_id: 'EFW-9.16.1', name: 'Example Firewall 9.16.1' } },
								{ category: 'product_version', name: '9.18.2', product: { product_id: 'EFW-9.18.2', name: 'Example Firewall 9.18.2' } },
								{ category: 'product_version', name: '9.18.4', product: { product_id: 'EFW-9.18.4', name: 'Example Firewall 9.18.4' } },
							],
						},
					],
				},
			],
		},
		vulnerabilities: [
			{
				cve: 'CVE-2024-20353',
				notes: [{ category: 'description', text: 'Improper validation of HTTP headers <script>alert(1)</script> {globalThis.x = 1}.' }],
				product_status: { known_affected: ['EFW-9.16.1', 'EFW-9.18.2'], fixed: ['EFW-9.18.4'] },
				remediations: [
					{
						category: 'vendor_fix',
						details: 'Upgrade to release 9.18.4 or later.',
						product_ids: ['EFW-9.16.1', 'EFW-9.18.2'],
						url: 'https://psirt.example.com/download',
					},
					{ category: 'workaround', details: 'There are no workarounds that address this vulnerability.', product_ids: ['EFW-9.16.1'] },
				],
				scores: [
					{
						products: ['EFW-9.16.1'],
						cvss_v3: {
							version: '3.1',
							vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
							baseScore: 9.8,
							baseSeverity: 'CRITICAL',
						},
					},
				],
				threats: [{ category: 'exploit_status', details: 'Exploited in the wild.' }],
			},
		],
	};
}

export function kevCatalog() {
	return {
		title: 'CISA Catalog of Known Exploited Vulnerabilities',
		catalogVersion: '2024.04.25',
		dateReleased: '2024-04-25T17:00:00.000Z',
		count: 2,
		vulnerabilities: [
			{
				cveID: 'CVE-2024-3400',
				vendorProject: 'Palo Alto Networks',
				product: 'PAN-OS',
				vulnerabilityName: 'Palo Alto Networks PAN-OS Command Injection Vulnerability',
				dateAdded: '2024-04-12',
				shortDescription: 'Palo Alto Networks PAN-OS GlobalProtect feature contains a command injection vulnerability.',
				requiredAction: 'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.',
				dueDate: '2024-04-19',
				knownRansomwareCampaignUse: 'Unknown',
				notes: 'https://security.paloaltonetworks.com/CVE-2024-3400',
				cwes: ['CWE-77'],
			},
			{
				cveID: 'CVE-2023-46805',
				vendorProject: 'Ivanti',
				product: 'Connect Secure',
				vulnerabilityName: 'Ivanti Connect Secure Authentication Bypass',
				dateAdded: '2024-01-10',
				shortDescription: 'Authentication bypass.',
				requiredAction: 'Apply mitigations per vendor instructions.',
				dueDate: '2024-01-31',
				knownRansomwareCampaignUse: 'Known',
				notes: '',
				cwes: [],
			},
		],
	};
}

export function cveRecord() {
	return {
		dataType: 'CVE_RECORD',
		dataVersion: '5.1',
		cveMetadata: { cveId: 'CVE-2024-21887', assignerShortName: 'hackerone', state: 'PUBLISHED', datePublished: '2024-01-12T17:02:08.918Z' },
		containers: {
			cna: {
				title: 'Command injection in Ivanti Connect Secure',
				descriptions: [
					{
						lang: 'en',
						value:
							'A command injection vulnerability in web components of Ivanti Connect Secure (9.x, 22.x) allows an authenticated administrator to execute arbitrary commands.',
					},
				],
				affected: [
					{
						vendor: 'Ivanti',
						product: 'Connect Secure',
						versions: [{ version: '9.0', status: 'affected', lessThan: '22.6R2', versionType: 'custom' }],
					},
				],
				metrics: [
					{
						cvssV3_1: {
							baseScore: 9.1,
							baseSeverity: 'CRITICAL',
							vectorString: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H',
							version: '3.1',
						},
					},
				],
				references: [
					{
						url: 'https://forums.ivanti.com/s/article/CVE-2023-46805-Authentication-Bypass-CVE-2024-21887-Command-Injection-for-Ivanti-Connect-Secure-and-Ivanti-Policy-Secure-Gateways',
					},
				],
			},
		},
	};
}

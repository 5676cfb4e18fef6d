/**
 * The search page's query parameters, shared by the links that open it (src/lib/model/routes.ts)
 * and its script in the browser, which imports this file alone to stay small.
 */
export const SEARCH_PARAMS = {
	query: 'q',
	kind: 'loai',
	severity: 'muc-do',
	issuer: 'co-quan',
	recipient: 'don-vi',
	year: 'nam',
	status: 'tinh-trang',
	sort: 'sap-xep',
	actionsOnly: 'viec',
} as const;

/** `sap-xep` values: newest or oldest first (relevance when absent). */
export const SEARCH_SORT = { newest: 'moi', oldest: 'cu' } as const;

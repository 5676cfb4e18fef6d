/** An absolute URL for a site path (`canh-bao/2019/x/`) under the public base address, for feeds, data and e-mail. */
export function absoluteUrl(baseUrl: string, path = ''): string {
	return new URL(path.replace(/^\//, ''), baseUrl).href;
}

/**
 * The Nu Html Checker (the W3C validator, npm `vnu-jar`) over every HTML file of a build, in one
 * Java process. Only errors count; warnings (such as "consider adding lang") are advice.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HtmlError {
	file: string;
	line?: number;
	message: string;
	extract?: string;
}

export const JAVA = process.env.JAVA ?? 'java';

export function vnuJar(): string {
	// The package's main export is the jar's path.
	return String(createRequire(import.meta.url)('vnu-jar'));
}

export function validateHtml(dir: string): Promise<HtmlError[]> {
	const args = ['-Xss16m', '-jar', vnuJar(), '--errors-only', '--skip-non-html', '--format', 'json', dir];
	return new Promise((resolve, reject) => {
		const child = spawn(JAVA, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) =>
			reject(
				new Error(
					`could not run ${JAVA} (the Nu Html Checker needs Java 11 or newer: apt-get install default-jre-headless): ${error.message}`,
				),
			),
		);
		child.on('close', (code) => {
			let messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
			try {
				messages = (JSON.parse(output) as { messages: typeof messages }).messages;
			} catch {
				reject(new Error(`the Nu Html Checker exited with ${code} and printed no report:\n${output.slice(0, 2000)}`));
				return;
			}
			resolve(
				messages
					.filter((m) => m.type === 'error' || m.type === 'non-document-error')
					.map((m) => ({
						file: m.url ? path.relative(dir, fileURLToPath(m.url)) : dir,
						line: m.lastLine,
						message: m.message,
						extract: m.extract?.replace(/\s+/g, ' ').trim(),
					})),
			);
		});
	});
}

export function formatHtmlError(error: HtmlError): string {
	return `${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}${error.extract ? ` (${error.extract})` : ''}`;
}

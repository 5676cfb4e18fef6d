/** What the editors' commands (`npm run import`, `npm run new`) share: argument errors, `--help`. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints `message` and stops: 1 for a refusal, 2 for a command line that is wrong. */
export function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

/**
 * Parses the command line strictly (an unknown or misspelt option stops with the usage, exit 2);
 * `--help` prints the usage and exits 0. The options must include `help`.
 */
export function parseCommandLine<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
	let parsed: ReturnType<typeof parseArgs<T>>;
	try {
		parsed = parseArgs(config);
	} catch (error) {
		fail(`${command}: ${(error as Error).message}\n\n${usage}`, 2);
	}
	if ((parsed.values as { help?: boolean }).help) {
		console.log(usage);
		process.exit(0);
	}
	return parsed;
}

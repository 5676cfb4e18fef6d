import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 20_000,
		hookTimeout: 240_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Digest runs: child processes against an SMTP server started in the test.
			{ extends: true, test: { name: 'digest', include: ['tests/digest/**/*.test.ts'], testTimeout: 60_000 } },
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// Astro writes generated types into the project's .astro folder: two builds at once collide.
					fileParallelism: false,
					testTimeout: 240_000,
				},
			},
		],
	},
});

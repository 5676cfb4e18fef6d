import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 20_000,
		hookTimeout: 240_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
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

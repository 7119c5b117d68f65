import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**', '**/node_modules/**'],
		// The site tests build whole fixture sites with the Astro CLI.
		testTimeout: 120_000,
		hookTimeout: 180_000,
	},
});

import { defineConfig } from 'vitest/config';

// The browser tests: a real Chromium against the built fixture and sample sites.
export default defineConfig({
	test: {
		include: ['test/e2e/**/*.test.ts'],
		globalSetup: ['test/e2e/setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// One browser at a time: these machines have two cores.
		fileParallelism: false,
	},
});

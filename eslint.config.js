// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores([
		'**/dist/',
		'**/dist.*/',
		'**/.astro/',
		'.tmp/',
		'coverage/',
		'bench/baseline/dist/',
		// Content and test inputs, not code.
		'src/content/',
		'test/fixtures/',
	]),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		rules: {
			// A leading underscore marks a parameter kept for a uniform signature (e.g. schema factories' `_context`).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		// Config files, scripts and tests run on Node; .astro frontmatter gets Node globals from the astro config.
		files: ['**/*.{js,mjs,cjs,ts}'],
		languageOptions: { globals: globals.node },
	},
	// Last: turns off rules that would fight Prettier.
	prettier,
);

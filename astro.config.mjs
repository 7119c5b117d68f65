// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import { markdownOptions } from './src/markdown.ts';

export default defineConfig({
	// Absolute URLs in feeds and canonical links; override per deployment with SITE_URL.
	site: process.env.SITE_URL ?? 'https://dossier.example.org',
	trailingSlash: 'always',
	integrations: [contentCheck()],
	markdown: {
		// Code blocks stay plain: no inline styles, no highlighter cost.
		syntaxHighlight: false,
		processor: unified(markdownOptions),
	},
	devToolbar: { enabled: false },
});

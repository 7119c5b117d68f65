/**
 * The Markdown pipeline of every body on the site, shared by astro.config and
 * the tests: citations, then heading ids and their anchor links.
 */
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { headingAnchorOptions } from './plugins/heading-anchors.ts';
import remarkCitations from './plugins/remark-citations.ts';

export const markdownOptions = {
	remarkPlugins: [remarkCitations],
	// Astro adds heading ids only after user plugins; the anchors need them first.
	rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions]],
} satisfies UnifiedProcessorOptions;

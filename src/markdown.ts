/**
 * The Markdown pipeline of every body on the site, shared by astro.config and
 * the tests: citations; raw HTML parsed, then sanitised, and forbidden
 * characters dropped; heading ids and their anchor links.
 */
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeForbiddenChars from './plugins/rehype-forbidden-chars.ts';
import { headingAnchorOptions } from './plugins/heading-anchors.ts';
import remarkCitations from './plugins/remark-citations.ts';
import { sanitizeSchema } from './plugins/sanitize.ts';

export const markdownOptions = {
	remarkPlugins: [remarkCitations],
	rehypePlugins: [
		// Astro parses raw HTML only after user plugins; sanitising needs it parsed first.
		rehypeRaw,
		[rehypeSanitize, sanitizeSchema],
		rehypeForbiddenChars,
		// Astro adds heading ids only after user plugins; the anchors need them first.
		rehypeHeadingIds,
		[rehypeAutolinkHeadings, headingAnchorOptions],
	],
} satisfies UnifiedProcessorOptions;

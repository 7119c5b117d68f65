/**
 * The Markdown pipeline of every body on the site, shared by astro.config and
 * the tests: citations, then actor mentions, then reading time; raw HTML parsed, then sanitised,
 * and forbidden characters dropped; pictures sized and lazy; heading ids clear of the page's own, and their anchor
 * links; and a tree that may need it (raw HTML, a footnote call) parsed once more at the end, as Astro parsed every tree.
 */
import { readdirSync } from 'node:fs';
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import { headingAnchorOptions } from './plugins/heading-anchors.ts';
import remarkActorMentions, { type ActorMentionOptions } from './plugins/remark-actor-mentions.ts';
import rehypeBasePath from './plugins/rehype-base-path.ts';
import rehypeBodyImages, { type BodyImageOptions } from './plugins/rehype-body-images.ts';
import rehypeFinalReparse from './plugins/rehype-final-reparse.ts';
import rehypeForbiddenChars from './plugins/rehype-forbidden-chars.ts';
import rehypeRawHtml from './plugins/rehype-raw-html.ts';
import rehypeUniqueHeadingIds from './plugins/rehype-unique-heading-ids.ts';
import rehypeUrlSchemes from './plugins/rehype-url-schemes.ts';
import remarkCitations from './plugins/remark-citations.ts';
import remarkReadingTime from './plugins/remark-reading-time.ts';
import { sanitizeSchema } from './plugins/sanitize.ts';
import { site } from '../config/site.ts';
import { type Catalogue, catalogueFor } from '../i18n/catalogue.ts';

// astro.config loads this file in plain Node, where pages' import.meta.glob of the catalogues does not exist: the site's is imported by its file.
const localesDir = new URL('../i18n/locales/', import.meta.url);
const catalogueFiles = Object.fromEntries(
	readdirSync(localesDir)
		.filter((file) => file.endsWith('.ts'))
		.map((file) => [file.slice(0, -'.ts'.length), file]),
);
const catalogueFile = new URL(catalogueFor(catalogueFiles, site.locale), localesDir);
const { article: words } = ((await import(/* @vite-ignore */ catalogueFile.href)) as { default: Catalogue }).default;

export const markdownOptions = (mentions: ActorMentionOptions, pictures: BodyImageOptions = {}) =>
	({
		// Smart quotes cost a tenth of a whole build (retext parses every sentence); editors type ’ and “ ” where they want them.
		smartypants: false,
		// Citations first, so that a key such as [@russia] is never taken for a mention.
		remarkPlugins: [[remarkCitations, { heard: words.citation }], [remarkActorMentions, mentions], remarkReadingTime],
		rehypePlugins: [
			// Astro parses raw HTML only after user plugins; sanitising needs it parsed first.
			rehypeRawHtml,
			rehypeUrlSchemes,
			[rehypeSanitize, sanitizeSchema],
			rehypeForbiddenChars,
			// After sanitising, which would drop `loading` and `decoding`.
			[rehypeBodyImages, pictures],
			// Heading ids clear of the page's own, which Astro's step then keeps and lists; Astro adds them only after
			// user plugins, and the anchors need them first.
			rehypeUniqueHeadingIds,
			rehypeHeadingIds,
			[rehypeAutolinkHeadings, headingAnchorOptions],
			// After every plugin that reads links and pictures from the site's root, as editors write them.
			rehypeBasePath,
			// Last, in place of Astro's parse of every finished tree: only trees that may need it are parsed again.
			rehypeFinalReparse,
		],
	}) satisfies UnifiedProcessorOptions;

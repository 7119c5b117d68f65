/**
 * Heading ids that never take one the page around the body uses. Astro's own step (rehypeHeadingIds) slugs each
 * heading with github-slugger, a second "Background" becoming background-1, but knows nothing of the page: a body
 * heading "Sources" got the id of the article's Sources section, and a link to that section jumped to the body's
 * heading. This step runs first, with the same slugger, counting as taken the page's own ids (model/page-ids.ts) and
 * every id already in the body (citations, footnotes, raw HTML): a heading named like one of them gets the next
 * suffix, as a duplicate does (sources-1). An id written in raw HTML that the page uses gets a suffix the same way.
 * Astro's step then keeps these ids and lists the headings, so the table of contents follows them.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationKey } from '../../model/citations.ts';
import { pageOwnIds } from '../../model/page-ids.ts';

/** The citation keys of the article being rendered (none for other pages), read as loosely as the frontmatter comes. */
function citationKeys(file: VFile): string[] {
	const sources = (file.data.astro as { frontmatter?: { sources?: unknown } } | undefined)?.frontmatter?.sources;
	if (!Array.isArray(sources)) return [];
	return sources.filter((entry): entry is { key?: string; source: string } => typeof entry?.source === 'string').map(citationKey);
}

export default function rehypeUniqueHeadingIds() {
	return (tree: Root, file: VFile) => {
		const slugger = new GithubSlugger();
		const own = new Set(pageOwnIds(citationKeys(file)));
		for (const id of own) slugger.occurrences[id] = 0;
		// Ids the body has already are taken first, so that no heading takes one (the page's own are given up); headings
		// without one are slugged after, in their order, in the same walk's list.
		const headings: Element[] = [];
		visit(tree, 'element', (element) => {
			const id = element.properties.id;
			if (typeof id === 'string') {
				if (own.has(id)) element.properties.id = slugger.slug(id);
				else slugger.occurrences[id] = 0;
			} else if (/^h[1-6]$/.test(element.tagName)) headings.push(element);
		});
		for (const heading of headings) heading.properties.id = slugger.slug(toString(heading));
	};
}

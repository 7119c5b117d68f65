/**
 * Options for rehype-autolink-headings: each section heading's text becomes a
 * link to itself. Wrapping, rather than adding a "#" link beside the text,
 * keeps the heading's accessible name its own words: a screen reader hears
 * "What is known, heading level 2, link", not the heading twice. The "#"
 * readers see on hover and focus is drawn by CSS.
 */
import type { Element } from 'hast';
import type { Options } from 'rehype-autolink-headings';
import { EXIT, visit } from 'unist-util-visit';

/** Whether a heading holds a link already (one written in it, a citation): a link cannot hold another. */
function holdsLink(heading: Element): boolean {
	let found = false;
	visit(heading, 'element', (element) => {
		if (element.tagName !== 'a') return;
		found = true;
		return EXIT;
	});
	return found;
}

export const headingAnchorOptions: Options = {
	behavior: 'wrap',
	// Section headings only: not the title, not headings hidden from sight (the footnotes label), and not one that
	// holds a link, which browsers would split from the anchor, leaving it empty, with no name to hear. Its id stays.
	test: (heading: Element) => /^h[2-6]$/.test(heading.tagName) && !String(heading.properties.className ?? '').includes('sr-only') && !holdsLink(heading),
	properties: { className: ['heading-anchor'] },
};

/**
 * Options for rehype-autolink-headings: each section heading's text becomes a
 * link to itself. Wrapping, rather than adding a "#" link beside the text,
 * keeps the heading's accessible name its own words: a screen reader hears
 * "What is known, heading level 2, link", not the heading twice. The "#"
 * readers see on hover and focus is drawn by CSS.
 */
import type { Element } from 'hast';
import type { Options } from 'rehype-autolink-headings';

export const headingAnchorOptions: Options = {
	behavior: 'wrap',
	// Section headings only: not the title, and not headings hidden from sight (the footnotes label).
	test: (heading: Element) => /^h[2-6]$/.test(heading.tagName) && !String(heading.properties.className ?? '').includes('sr-only'),
	properties: { className: ['heading-anchor'] },
};

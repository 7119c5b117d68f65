/**
 * Options for rehype-autolink-headings: a visible "#" after each heading that
 * screen readers announce as "Link to section: <heading>", instead of the
 * default hidden, unfocusable empty link.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

export const headingAnchorOptions: Options = {
	behavior: 'append',
	// Section headings only: not the title, and not headings hidden from sight (the footnotes label).
	test: (heading: Element) => /^h[2-6]$/.test(heading.tagName) && !String(heading.properties.className ?? '').includes('sr-only'),
	properties: { className: ['heading-anchor'] },
	content: (heading: Element) => [
		{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
		{
			type: 'element',
			tagName: 'span',
			properties: { className: ['sr-only'] },
			children: [{ type: 'text', value: `Link to section: ${toString(heading).trim()}` }],
		},
	],
};

/**
 * What raw HTML in a Markdown body may keep: GitHub's rules (no scripts, event
 * handlers, iframes or styles; only http, https, mailto and relative URLs),
 * plus the classes our citations use. Ids are kept as written: no script on
 * the site reads them, and citation and footnote links need them unchanged.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const sanitizeSchema: Schema = {
	...defaultSchema,
	clobber: [],
	// Dropped with their content, not just unwrapped.
	strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
	attributes: {
		...defaultSchema.attributes,
		sup: [['className', 'citation']],
		span: [['className', 'sr-only'], 'ariaHidden'],
	},
};

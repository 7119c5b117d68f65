/**
 * What raw HTML in a Markdown body may keep: GitHub's rules (no scripts, event
 * handlers, iframes or styles), links only by the schemes the content check
 * allows (GitHub's also keep irc: and xmpp:) or relative, plus the classes our
 * citations use. Ids are kept as written: no script on the site reads them,
 * and citation and footnote links need them unchanged.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { linkSchemes } from '../../model/url-schemes.ts';

export const sanitizeSchema: Schema = {
	...defaultSchema,
	clobber: [],
	protocols: { ...defaultSchema.protocols, href: [...linkSchemes] },
	// Dropped with their content, not just unwrapped.
	strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
	attributes: {
		...defaultSchema.attributes,
		sup: [['className', 'citation']],
		span: [['className', 'sr-only'], 'ariaHidden'],
	},
};

/**
 * Writes URL schemes in lowercase (HTTPS://example.org → https://example.org),
 * before sanitising: schemes are case-insensitive (RFC 3986), but the
 * sanitiser compares them as written and would drop the link.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withLowercaseScheme } from '../../model/url-schemes.ts';

export default function rehypeUrlSchemes() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties[attribute];
				if (typeof value === 'string') node.properties[attribute] = withLowercaseScheme(value);
			}
		});
	};
}

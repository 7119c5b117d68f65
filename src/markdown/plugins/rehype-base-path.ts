/**
 * Puts the site's root-relative links and pictures in bodies under the base
 * path (BASE_PATH), last in the pipeline: editors and the mention plugin write
 * links from the site's root (a link is root-relative to the site, not the
 * host), and the content check and picture sizes read them as written.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../../config/base-path.ts';
import { site } from '../../config/site.ts';

export interface BasePathOptions {
	/** The base path; the site's own (site.base) when left out. */
	base?: string;
}

export default function rehypeBasePath({ base = site.base }: BasePathOptions = {}) {
	return (tree: Root) => {
		// A site served from its host's root has nothing to put in front: no walk.
		if (base === '/') return;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties[attribute];
				if (typeof value === 'string') node.properties[attribute] = withBase(value, base);
			}
		});
	};
}

/**
 * Parses raw HTML in a body into real elements, so that it can be sanitised,
 * but only in bodies that have some: reparsing a whole tree is the costliest
 * step of the pipeline, and most explainers are plain Markdown.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export default function rehypeRawHtml() {
	return (tree: Root, file: VFile): Root => {
		// Raw HTML needs a "<" in the source; most bodies have none, and need no walk at all.
		if (!String(file.value).includes('<')) return tree;
		let hasRaw = false;
		visit(tree, 'raw', () => {
			hasRaw = true;
			return EXIT;
		});
		return hasRaw ? (raw(tree, { file }) as Root) : tree;
	};
}

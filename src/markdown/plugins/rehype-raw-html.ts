/**
 * Parses raw HTML in a body into real elements, so that it can be sanitised,
 * but only in bodies that have some: reparsing a whole tree is the costliest
 * step of the pipeline, and most explainers are plain Markdown.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Whether a body may hold raw HTML, which needs a "<" in its source: most have none, and need no walk at all. */
export const mayHoldRawHtml = (file: VFile) => String(file.value).includes('<');

export default function rehypeRawHtml() {
	return (tree: Root, file: VFile): Root => {
		if (!mayHoldRawHtml(file)) return tree;
		let hasRaw = false;
		visit(tree, 'raw', () => {
			hasRaw = true;
			return EXIT;
		});
		return hasRaw ? (raw(tree, { file }) as Root) : tree;
	};
}

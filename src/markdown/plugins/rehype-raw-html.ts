/**
 * Parses raw HTML in a body into real elements, so that it can be sanitised,
 * but only in bodies that have some: reparsing a whole tree is the costliest
 * step of the pipeline, and most explainers are plain Markdown. A body whose
 * raw HTML was parsed is marked (`parsedRawHtml`), for the final parse
 * (rehype-final-reparse.ts).
 */
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
	interface DataMap {
		/** Whether the body had raw HTML, which rehypeRawHtml parsed. */
		parsedRawHtml: boolean;
	}
}

/**
 * A tree parsed again as a browser parses its HTML. HTML drops a newline that opens a <pre>'s text; fed a tree, the
 * parser drops one that opens the text of the <code> inside it too, a code block's blank first line, which browsers
 * reading the page show: one more is put in front, for the parser to drop.
 */
export function reparse(tree: Root, file: VFile): Root {
	visit(tree, 'element', (element: Element) => {
		const [code] = element.children;
		if (element.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code') return;
		const [text] = code.children;
		if (text?.type === 'text' && text.value.startsWith('\n')) text.value = `\n${text.value}`;
	});
	return raw(tree, { file }) as Root;
}

export default function rehypeRawHtml() {
	return (tree: Root, file: VFile): Root => {
		// Raw HTML needs a "<" in the source; most bodies have none, and need no walk at all.
		if (!String(file.value).includes('<')) return tree;
		let hasRaw = false;
		visit(tree, 'raw', () => {
			hasRaw = true;
			return EXIT;
		});
		if (!hasRaw) return tree;
		file.data.parsedRawHtml = true;
		return reparse(tree, file);
	};
}

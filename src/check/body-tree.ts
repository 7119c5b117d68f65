/**
 * The Markdown tree of a body, as the content check reads it (GFM, with
 * positions for line numbers), and its raw HTML, parsed. The check's rules on
 * citations, links and pictures each ask for the same body in turn, so the
 * last tree is kept, and each raw HTML node's parse with it: each body, and
 * its raw HTML, is parsed once. Callers only read the trees.
 */
import type { Root as HtmlTree } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

let last: { body: string; tree: Root } | undefined;

export function bodyTree(body: string): Root {
	if (last?.body !== body) last = { body, tree: fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) };
	return last.tree;
}

const parsedHtml = new WeakMap<Html, HtmlTree>();

/** A raw HTML node of a body's tree (from bodyTree), parsed as an HTML fragment. */
export function htmlTree(node: Html): HtmlTree {
	let tree = parsedHtml.get(node);
	if (!tree) parsedHtml.set(node, (tree = fromHtml(node.value, { fragment: true })));
	return tree;
}

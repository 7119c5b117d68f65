/**
 * The Markdown tree of a body, as the content check reads it (GFM, with
 * positions for line numbers). The check's rules on citations, links and
 * pictures each ask for the same body in turn, so the last tree is kept and
 * each body is parsed once. Callers only read the tree.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

let last: { body: string; tree: Root } | undefined;

export function bodyTree(body: string): Root {
	if (last?.body !== body) last = { body, tree: fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) };
	return last.tree;
}

/**
 * Links the first mention of each actor an article lists in `actors` to the
 * actor's page: by name or alias, as a whole word, in any case. Headings,
 * links, code and citations are left alone, and each actor is linked once.
 *
 * Names come in as plugin options (actor id → name and aliases), so that a
 * renamed actor changes Astro's config digest and every article re-renders.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { EXIT, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { urls } from '../lib/urls.ts';

export interface ActorMentionOptions {
	/** Every actor's id with the names readers meet it by: its name, then its aliases. */
	actors: Record<string, string[]>;
}

const skippedAncestors = new Set(['heading', 'link', 'linkReference']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters, digits and combining marks of any script belong to a word.
const wordChar = /[\p{L}\p{N}\p{M}]/u;

/**
 * A pattern for any of `names`, longest first, each name its own group so a
 * match tells which name it was. Spaces in a name match any whitespace, since
 * Markdown may wrap a name across lines. Word boundaries are checked after a
 * match: a lookbehind in the pattern would be tried at every character.
 */
function namePattern(names: readonly string[]): RegExp {
	const alternatives = names.map((name) => `(${escape(name.trim()).replace(/\s+/g, '\\s+')})`);
	return new RegExp(alternatives.join('|'), 'giu');
}

/** Whether a match stands as a whole word in its text (characters outside the BMP included). */
function isWholeWord(text: string, start: number, end: number): boolean {
	const before = [...text.slice(Math.max(0, start - 2), start)].at(-1) ?? '';
	const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
	return !wordChar.test(before) && !wordChar.test(after);
}

const voidElements = new Set(['br', 'img', 'hr', 'wbr', 'input', 'source', 'area', 'col', 'embed', 'track']);

/** Whether raw HTML before `node` among its siblings leaves an element open (`<a …>` or `<code>` without its end tag). */
function insideRawHtml(siblings: readonly RootContent[], node: Text): boolean {
	const open: string[] = [];
	for (const sibling of siblings) {
		if (sibling === node) break;
		if (sibling.type !== 'html') continue;
		for (const [, closing, tag, selfClosing] of sibling.value.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
			const name = tag!.toLowerCase();
			const at = open.lastIndexOf(name);
			if (closing) {
				if (at >= 0) open.splice(at, 1);
			} else if (!selfClosing && !voidElements.has(name)) open.push(name);
		}
	}
	return open.length > 0;
}

export default function remarkActorMentions({ actors }: ActorMentionOptions) {
	return (tree: Root, file: VFile) => {
		const listed = (file.data.astro as { frontmatter?: { actors?: unknown } } | undefined)?.frontmatter?.actors;
		if (!Array.isArray(listed)) return;
		const names = [...new Set(listed)]
			.flatMap((id: string) => (actors[id] ?? []).filter((name) => name.trim()).map((name) => ({ id, name })))
			.sort((a, b) => b.name.length - a.name.length);
		if (!names.length) return;
		const pattern = namePattern(names.map(({ name }) => name));
		// One search of the whole source is far cheaper than a walk when no name occurs at all.
		if (!pattern.test(String(file.value))) return;
		pattern.lastIndex = 0;
		const linked = new Set<string>();
		const actorCount = new Set(names.map(({ id }) => id)).size;

		visitParents(tree, 'text', (node: Text, ancestors) => {
			const parent = ancestors.at(-1) as Parent | undefined;
			// Citations are text nodes turned into elements; their value is empty.
			if (linked.size === actorCount) return EXIT;
			if (!parent || node.data || ancestors.some((a) => skippedAncestors.has(a.type))) return;
			if (insideRawHtml(parent.children, node)) return;
			const parts: PhrasingContent[] = [];
			let last = 0;
			for (const match of node.value.matchAll(pattern)) {
				const id = names[match.slice(1).findIndex((group) => group !== undefined)]?.id;
				if (!id || linked.has(id) || !isWholeWord(node.value, match.index, match.index + match[0].length)) continue;
				linked.add(id);
				if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
				const link: Link = { type: 'link', url: urls.actor(id), children: [{ type: 'text', value: match[0] }] };
				parts.push(link);
				last = match.index + match[0].length;
			}
			if (!parts.length) return;
			if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
			const index = parent.children.indexOf(node);
			parent.children.splice(index, 1, ...parts);
			return [SKIP, index + parts.length];
		});
	};
}

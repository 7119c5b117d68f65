/**
 * Links the first mention of each actor an article lists in `actors` to the
 * actor's page: by name or alias, as a whole word, in any case, its quotes,
 * apostrophes, dashes and spaces typed any way, and shown as written. Headings,
 * links, code and citations are left alone, raw HTML links and code too, and
 * each actor is linked once.
 *
 * Names come in as plugin options (actor id → name and aliases, and former
 * ids → id); the processor hashes them into every stored body's digest
 * (src/markdown/loader.ts), so a renamed actor renders every body again.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Link, Node, Parent, Root } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { entityPath } from '../../model/entities.ts';
import { typedNamePattern } from '../../model/typed-marks.ts';

export interface ActorMentionOptions {
	/** Every actor's id with the names readers meet it by: its name, then its aliases. */
	actors: Record<string, string[]>;
	/** Actors' former ids (their `formerIds`), each with the actor's id now: an article that still lists one links the actor's page now. */
	renamed?: Record<string, string>;
}

// Letters, digits and combining marks of any script belong to a word.
const wordChar = /[\p{L}\p{N}\p{M}]/u;

/**
 * A pattern for any of `names`, longest first, each name its own group so a
 * match tells which name it was. Spaces in a name match any whitespace, since
 * Markdown may wrap a name across lines, and quotes, apostrophes and dashes
 * match however they are typed (model/typed-marks.ts). Word boundaries are
 * checked after a match: a lookbehind in the pattern would be tried at every character.
 */
function namePattern(names: readonly string[]): RegExp {
	const alternatives = names.map((name) => `(${typedNamePattern(name)})`);
	return new RegExp(alternatives.join('|'), 'giu');
}

/** Whether a match stands as a whole word in its text (characters outside the BMP included). */
function isWholeWord(text: string, start: number, end: number): boolean {
	const before = [...text.slice(Math.max(0, start - 2), start)].at(-1) ?? '';
	const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
	return !wordChar.test(before) && !wordChar.test(after);
}

/** Markdown whose text is never linked: headings, and link text (no link in a link). */
const ignoredParents = new Set(['heading', 'link', 'linkReference']);

/** Raw HTML elements whose text is never linked: links (no link in a link), code, and headings. */
const rawSkipped = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The nodes of a body that raw HTML puts inside a link or code (`<a href>…</a>`
 * written around Markdown). Each run of siblings with raw HTML among them is
 * parsed as HTML, with a placeholder element for each Markdown node, and the
 * placeholders' ancestors tell which nodes are inside.
 */
function insideRawHtml(tree: Root): Set<Node> {
	const inside = new Set<Node>();
	visit(tree, (node) => {
		const parent = node as Parent;
		if (!parent.children?.some((child) => child.type === 'html')) return;
		const html = parent.children.map((child, i) => (child.type === 'html' ? child.value : `<dossier-node data-i="${i}"></dossier-node>`)).join('');
		visitParents(fromHtml(html, { fragment: true }), 'element', (element, ancestors) => {
			if (element.tagName !== 'dossier-node') return;
			if (ancestors.some((ancestor) => ancestor.type === 'element' && rawSkipped.has(ancestor.tagName))) {
				inside.add(parent.children[Number(element.properties.dataI)]!);
			}
		});
	});
	return inside;
}

export default function remarkActorMentions({ actors, renamed = {} }: ActorMentionOptions) {
	return (tree: Root, file: VFile) => {
		const listed = (file.data.astro as { frontmatter?: { actors?: unknown } } | undefined)?.frontmatter?.actors;
		if (!Array.isArray(listed)) return;
		const names = [...new Set(listed.map((id: string) => (Object.hasOwn(renamed, id) ? renamed[id]! : id)))]
			.flatMap((id: string) => (actors[id] ?? []).filter((name) => name.trim()).map((name) => ({ id, name })))
			.sort((a, b) => b.name.length - a.name.length);
		if (!names.length) return;
		const pattern = namePattern(names.map(({ name }) => name));
		// One search of the whole source is far cheaper than a walk when no name occurs at all.
		if (!pattern.test(String(file.value))) return;
		const skipped = String(file.value).includes('<') ? insideRawHtml(tree) : new Set<Node>();
		const linked = new Set<string>();
		const actorCount = new Set(names.map(({ id }) => id)).size;

		findAndReplace(
			tree,
			[
				pattern,
				(...args: unknown[]) => {
					const text = args[0] as string;
					const groups = args.slice(1, names.length + 1) as (string | undefined)[];
					const { index, input, stack } = args.at(-1) as RegExpMatchObject;
					const id = names[groups.findIndex((group) => group !== undefined)]?.id;
					if (!id || linked.has(id) || !isWholeWord(input, index, index + text.length)) return false;
					if (stack.some((node) => skipped.has(node))) return false;
					linked.add(id);
					const link: Link = { type: 'link', url: entityPath('actors', id), children: [{ type: 'text', value: text }] };
					return link;
				},
			],
			// Once every actor is linked, the rest of the body is skipped unread.
			{ ignore: (node) => linked.size === actorCount || ignoredParents.has(node.type) },
		);
	};
}

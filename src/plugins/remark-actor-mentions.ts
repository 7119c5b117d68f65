/**
 * Links the first mention of each actor an article lists in `actors` to the
 * actor's page: by name or alias, as a whole word, in any case. Headings,
 * links, code and citations are left alone, and each actor is linked once.
 *
 * Names come in as plugin options (actor id → name and aliases), so that a
 * renamed actor changes Astro's config digest and every article re-renders.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { urls } from '../lib/urls.ts';

export interface ActorMentionOptions {
	/** Every actor's id with the names readers meet it by: its name, then its aliases. */
	actors: Record<string, string[]>;
}

const skippedAncestors = new Set(['heading', 'link', 'linkReference']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for any of `names` as a whole word (letters and digits of any script count as word characters). */
function namePattern(names: string[]): RegExp {
	const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).map(escape);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export default function remarkActorMentions({ actors }: ActorMentionOptions) {
	return (tree: Root, file: VFile) => {
		const listed = (file.data.astro as { frontmatter?: { actors?: unknown } } | undefined)?.frontmatter?.actors;
		if (!Array.isArray(listed)) return;
		const idByName = new Map<string, string>();
		for (const id of listed) for (const name of actors[id] ?? []) if (name.trim()) idByName.set(name.toLocaleLowerCase(), id);
		if (!idByName.size) return;
		const pattern = namePattern([...idByName.keys()]);
		const linked = new Set<string>();

		visitParents(tree, 'text', (node: Text, ancestors) => {
			const parent = ancestors.at(-1) as Parent | undefined;
			// Citations are text nodes turned into elements; their value is empty.
			if (!parent || node.data || ancestors.some((a) => skippedAncestors.has(a.type))) return;
			const parts: PhrasingContent[] = [];
			let last = 0;
			for (const match of node.value.matchAll(pattern)) {
				const id = idByName.get(match[0].toLocaleLowerCase());
				if (!id || linked.has(id)) continue;
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

/**
 * Turns `[@key]` and `[@a; @b]` in an article body into numbered links to the
 * article's Sources list. Numbers follow the order of the frontmatter `sources`,
 * so a source keeps its number wherever it is cited.
 *
 * Reads the sources from the frontmatter Astro hands to the processor, and
 * records how often each key is cited in `citedTimes`, which pages read back
 * through `remarkPluginFrontmatter` to link each source to its citations.
 */
import type { ElementContent } from 'hast';
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { citationKey, citeAnchor, sourceAnchor, splitCitations } from '../lib/citations.ts';
import type { Citation } from '../lib/schemas.ts';

interface Frontmatter {
	sources?: Citation[];
	citedTimes?: Record<string, number>;
}

export default function remarkCitations() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter;
		// Only articles declare sources; other bodies keep `[@…]` as written.
		if (!frontmatter || !Array.isArray(frontmatter.sources)) return;
		frontmatter.citedTimes = {};
		if (!String(file.value).includes('[@')) return;
		const numbers = new Map(frontmatter.sources.map((citation, i) => [citationKey(citation), i + 1]));
		const citedTimes: Record<string, number> = frontmatter.citedTimes;

		visitParents(tree, 'text', (node: Text, ancestors) => {
			const parent = ancestors.at(-1) as Parent | undefined;
			// Link text stays as written: a link inside a link is not valid HTML.
			if (!parent || ancestors.some((node) => node.type === 'link' || node.type === 'linkReference')) return;
			const index = parent.children.indexOf(node);
			const parts = splitCitations(node.value);
			if (parts.length === 1 && typeof parts[0] === 'string') return;

			const replacement: PhrasingContent[] = parts.map((part) => {
				if (typeof part === 'string') return { type: 'text', value: part };
				const links = part.keys.map((key): ElementContent => {
					const number = numbers.get(key);
					if (number === undefined) {
						const known = [...numbers.keys()].join(', ') || 'none declared';
						file.fail(
							`Citation [@${key}] is not declared in this article's sources (known keys: ${known}). ` +
								`Add a sources entry with \`key: ${key}\`, or cite one of the known keys.`,
							node,
						);
					}
					citedTimes[key] = (citedTimes[key] ?? 0) + 1;
					return {
						type: 'element',
						tagName: 'a',
						properties: { href: `#${sourceAnchor(key)}`, id: citeAnchor(key, citedTimes[key]) },
						// Seen as [2], heard as "Source 2".
						children: [
							{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: `[${number}]` }] },
							{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Source ${number}` }] },
						],
					};
				});
				// An mdast node that remark-rehype turns into <sup class="citation">…</sup>.
				return {
					type: 'text',
					value: '',
					data: { hName: 'sup', hProperties: { className: ['citation'] }, hChildren: links },
				};
			});
			parent.children.splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		});

	};
}

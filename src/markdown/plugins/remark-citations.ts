/**
 * Turns `[@key]` and `[@a; @b]` in an article body into numbered links to the
 * article's Sources list. Numbers follow the order of the frontmatter `sources`,
 * so a source keeps its number wherever it is cited.
 *
 * Reads the sources from the frontmatter Astro hands to the processor, and
 * records how often each key is cited with the body's findings (findings.ts),
 * which pages read back to link each source to its citations.
 *
 * A source cited again in the next sentence of a paragraph is marked once,
 * after the last (repeated-citations.ts).
 *
 * A group with a key that the sources do not declare stays as written, and is
 * not counted: the content check refuses such a key (check/validate.ts), and a
 * build stops at the check, before any body is rendered. Only astro dev renders
 * one, while every page shows the check's problems instead.
 */
import type { Element } from 'hast';
import type { Data, Node, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fill } from '../../i18n/catalogue.ts';
import { citationGroup, citationMarkup, citationNumbers, citeAnchor, keysOf } from '../../model/citations.ts';
import type { Citation } from '../../model/schemas.ts';
import { findingsIn } from '../findings.ts';
import { dropRepeatedCitations } from './repeated-citations.ts';

/** A group of citations in the text: a node of its own, so no later text visitor sees its keys as words. */
export interface CitationNode extends Node {
	type: 'citation';
	keys: string[];
	data: Data & { hName: 'sup'; hProperties: Element['properties']; hChildren: Element['children'] };
}

declare module 'mdast' {
	interface PhrasingContentMap {
		citation: CitationNode;
	}
	interface RootContentMap {
		citation: CitationNode;
	}
}

/**
 * A citation group with the space before it and the punctuation after it, so
 * that `matter [@key].` renders as `matter.[1]`: the marker sits on its word
 * and never starts a line of its own (a word joiner holds it there).
 */
const citationInText = new RegExp(`\\s*(${citationGroup.source})([.,;:!?]?)`, 'gu');

interface Frontmatter extends Record<string, unknown> {
	sources?: Citation[];
}

export interface CitationOptions {
	/** How a citation is heard, in the site's language: "Source {number}". A text, not a function, so a new language changes Astro's config digest. */
	heard: string;
}

export default function remarkCitations({ heard }: CitationOptions) {
	const heardAs = (number: number) => fill(heard, { number });
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter;
		// Only articles declare sources; other bodies keep `[@…]` as written.
		if (!frontmatter || !Array.isArray(frontmatter.sources)) return;
		const citedTimes: Record<string, number> = (findingsIn(frontmatter).citedTimes = {});
		if (!String(file.value).includes('[@')) return;
		const numbers = citationNumbers(frontmatter.sources);

		const cite = (key: string, number: number) => {
			citedTimes[key] = (citedTimes[key] ?? 0) + 1;
			return { key, number, id: citeAnchor(key, citedTimes[key]) };
		};

		findAndReplace(
			tree,
			[
				citationInText,
				(...args: unknown[]) => {
					const [group, punctuation] = [args[1] as string, args[2] as string];
					const keys = keysOf(group);
					if (keys.some((key) => !numbers.has(key))) return false;
					const node: CitationNode = { type: 'citation', keys, data: { hName: 'sup', hProperties: {}, hChildren: [] } };
					// A word joiner keeps the marker on the line of the word it belongs to.
					return [{ type: 'text', value: `${punctuation}\u2060` }, node];
				},
			],
			// Link text stays as written: a link inside a link is not valid HTML.
			{ ignore: ['link', 'linkReference'] },
		);
		dropRepeatedCitations(tree);
		// Numbered and given their ids in reading order once the repeats are out, so that each link back finds its marker.
		visit(tree, 'citation', (node) => {
			const { properties, children } = citationMarkup(
				node.keys.map((key) => cite(key, numbers.get(key)!)),
				heardAs,
			);
			node.data.hProperties = properties;
			node.data.hChildren = children;
		});
	};
}

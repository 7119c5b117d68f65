/**
 * A source cited after each of several sentences in a row reads as the same
 * marker again and again: "One.[1] Two.[1] Three.[1]". Within a paragraph,
 * a citation group that the next sentence cites again, with the same keys,
 * is left out, so the marker is shown once, after the last sentence it covers.
 *
 * It runs on the citation nodes before they are numbered (remark-citations.ts),
 * so every marker left has its own id and every link back from the Sources
 * list still finds one.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** A citation group, as remark-citations.ts adds it to the tree. */
type CitationNode = Extract<PhrasingContent, { type: 'citation' }>;

/** A sentence ends inside the text: a full stop, question or exclamation mark (maybe closed by a quote or bracket), then a space. */
const sentenceEnd = /[.!?…]["'”’»)\]]*\s/u;

/** The word joiner the citation plugin puts before each marker, to keep it on its word. */
const wordJoiner = '\u2060';

/** Leaves out each citation group that the next one, in the same or the next sentence of the paragraph, repeats. */
export function dropRepeatedCitations(tree: Root) {
	visit(tree, 'paragraph', (paragraph) => {
		dropRepeatsIn(paragraph);
		return SKIP;
	});
}

function dropRepeatsIn(paragraph: Paragraph) {
	/** The paragraph's inline nodes in reading order, each with the list that holds it. */
	const inline: { node: PhrasingContent; siblings: PhrasingContent[] }[] = [];
	const walk = (siblings: PhrasingContent[]) => {
		for (const node of siblings) {
			inline.push({ node, siblings });
			if ('children' in node) walk(node.children as PhrasingContent[]);
		}
	};
	walk(paragraph.children);
	let previous: { node: CitationNode; siblings: PhrasingContent[] } | undefined;
	let between = '';
	for (const { node, siblings } of inline) {
		if (node.type === 'citation') {
			if (previous && sameKeys(previous.node, node) && !sentenceEnd.test(between.trim())) drop(previous.node, previous.siblings);
			previous = { node, siblings };
			between = '';
		} else if ('value' in node) between += node.value;
	}
}

const sameKeys = (a: CitationNode, b: CitationNode) => a.keys.length === b.keys.length && a.keys.every((key, i) => key === b.keys[i]);

/** Takes a marker out, and the word joiner that held it to its word. */
function drop(citation: CitationNode, siblings: PhrasingContent[]) {
	const at = siblings.indexOf(citation);
	const before = siblings[at - 1];
	if (before?.type === 'text' && before.value.endsWith(wordJoiner)) before.value = before.value.slice(0, -wordJoiner.length);
	siblings.splice(at, 1);
}

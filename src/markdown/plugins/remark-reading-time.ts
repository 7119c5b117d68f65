/** Counts the minutes a body takes to read and hands them to pages with the body's findings (findings.ts). */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';
import { findingsIn } from '../findings.ts';

/** Words a minute: a moderate pace for explanatory prose. */
const wordsPerMinute = 230;

/** Characters that reading-time counts one by one (CJK) or eats after them (their punctuation), and halves of astral characters. */
const countedApart = /[\u3000-\uffff]/;

/**
 * The words in a text, as reading-time counts them. Without any character it treats apart, a word is a run of
 * characters between spaces, tabs and line breaks, which a regular expression counts several times faster than
 * its loop does, character by character; with one, the library counts.
 */
export function wordsIn(text: string): number {
	if (countedApart.test(text)) return readingTime(text, { wordsPerMinute }).words;
	return text.match(/[^ \n\r\t]+/g)?.length ?? 0;
}

export default function remarkReadingTime() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
		if (!frontmatter) return;
		// Every run of text, code included, apart: joined as one string, paragraphs would run into each other.
		const runs: string[] = [];
		visit(tree, (node) => {
			if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') runs.push(node.value);
		});
		findingsIn(frontmatter).readingMinutes = Math.max(1, Math.round(wordsIn(runs.join(' ')) / wordsPerMinute));
	};
}

/**
 * Counts the minutes a body takes to read and hands them to pages through the
 * rendered entry's metadata (`frontmatter.readingMinutes`), beside headings.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';

/** Words a minute: a moderate pace for explanatory prose. */
const wordsPerMinute = 230;

export default function remarkReadingTime() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
		if (!frontmatter) return;
		// Every run of text, code included, apart: joined as one string, paragraphs would run into each other.
		const runs: string[] = [];
		visit(tree, (node) => {
			if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') runs.push(node.value);
		});
		const { minutes } = readingTime(runs.join(' '), { wordsPerMinute });
		frontmatter.readingMinutes = Math.max(1, Math.round(minutes));
	};
}

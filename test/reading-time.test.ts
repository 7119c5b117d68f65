/**
 * Reading time as readers get it: bodies rendered by Astro's own Markdown
 * processor with the site's pipeline (src/markdown.ts), whose reading-time
 * plugin hands the minutes to the article page through the entry's metadata.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from '../src/markdown.ts';

const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }), syntaxHighlight: false });

const readingMinutes = async (markdown: string) => {
	const { metadata } = await processor.render(markdown, { frontmatter: { sources: [] } });
	return metadata.frontmatter.readingMinutes;
};

describe('reading time', () => {
	test.each([
		['no body', 1, ''],
		['a few words', 1, 'Valmora wants its ferries back.'],
		['460 words', 2, 'word '.repeat(460)],
		['690 words across paragraphs', 3, 'word\n\nword '.repeat(345)],
		['620 words, rounded', 3, 'word '.repeat(620)],
		['550 words, rounded', 2, 'word '.repeat(550)],
	])('for %s: %s min', async (_, minutes, markdown) => {
		expect(await readingMinutes(markdown)).toBe(minutes);
	});
});

describe('what is counted', () => {
	const minutesWith = async (markdown: string, frontmatter: Record<string, unknown>) =>
		(await processor.render(markdown, { frontmatter })).metadata.frontmatter.readingMinutes;

	test('code counts as text', async () => {
		expect(await readingMinutes(`\`\`\`\n${'word '.repeat(460)}\n\`\`\``)).toBe(2);
	});

	test('heading anchors and citation labels that the pipeline adds are not counted', async () => {
		// 60 sections of 4 written words: 240 words, one minute. Counted from the HTML, the
		// citations' "[1] Source 1" would make it two.
		const body = Array.from({ length: 60 }, (_, i) => `## Section ${i}\n\nText [@wire].`).join('\n\n');
		expect(await minutesWith(body, { sources: [{ key: 'wire', source: 'wire', title: 't', url: 'https://x.example' }] })).toBe(1);
	});
});

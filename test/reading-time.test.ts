/**
 * Reading time as readers get it: bodies rendered by Astro's own Markdown
 * processor with the site's pipeline (src/markdown/pipeline.ts), whose reading-time
 * plugin hands the minutes to the article page through the entry's metadata.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import readingTime from 'reading-time';
import { describe, expect, test } from 'vitest';
import { findingsOf } from '../src/markdown/findings.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { wordsIn } from '../src/markdown/plugins/remark-reading-time.ts';

const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }), syntaxHighlight: false });

const readingMinutes = async (markdown: string) => {
	const { metadata } = await processor.render(markdown, { frontmatter: { sources: [] } });
	return findingsOf(metadata).readingMinutes;
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
		findingsOf((await processor.render(markdown, { frontmatter })).metadata).readingMinutes;

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

describe('words, counted quickly', () => {
	// The count must be reading-time's own, whatever the script: a fast path that differs would change the minutes shown.
	test.each([
		['nothing', ''],
		['only spaces and breaks', '  \n\t \r\n '],
		['English with punctuation', 'Talks open: what each side now says — about the border & the river.'],
		['leading and trailing space', '   two words   '],
		['line breaks and tabs', 'one\ttwo\nthree\r\nfour'],
		['non-breaking and thin spaces, which reading-time does not split on', 'a\u00a0b c\u2009d e\u202ff'],
		['Polish', 'Łódź i Lublin leżą na wschód od Warszawy, a Wrocław – na zachód.'],
		['Arabic', 'بدأت المحادثات بين الجانبين في العاصمة يوم الاثنين.'],
		['Cyrillic and Greek', 'Переговоры начались. Οι συνομιλίες ξεκίνησαν.'],
		['Japanese with its punctuation', '交渉は月曜日に始まった。両国は、国境について話し合った。'],
		['Chinese beside English', '谈判 started 在周一, both sides 同意了。'],
		['Korean', '협상이 월요일에 시작되었다.'],
		['full-width letters', 'ＡＢＣ ｄｅｆ'],
		['emoji and astral letters', 'Talks 🤝 resumed 𝔞𝔫𝔡 ended 😀😀'],
		['code and symbols', 'const x = a[0] + b; // 50% of €2,000'],
	])('%s', (_, text) => {
		expect(wordsIn(text)).toBe(readingTime(text, { wordsPerMinute: 230 }).words);
	});
});

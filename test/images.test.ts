/**
 * Pictures in the content model: the lead picture's fields and file, and
 * pictures in bodies (alt text, where they may come from), as the content
 * check reports them; and body pictures as the Markdown pipeline writes them.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, test } from 'vitest';
import { publicFiles, readContentFiles } from '../src/check/content-files-fs.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { formatProblems } from '../src/check/problems.ts';
import { validateContent } from '../src/check/validate.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const photo = path.join(fixtures, 'newsroom', 'articles', 'ostmark-border-post.jpg');
const publicDir = path.join(fixtures, 'newsroom-public');

/** A project with a picture beside the articles, one in src/assets, and a .jpg that is no picture. */
const root = mkdtempSync(path.join(os.tmpdir(), 'dossier-images-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'src/content/articles'), { recursive: true });
mkdirSync(path.join(root, 'src/assets'), { recursive: true });
copyFileSync(photo, path.join(root, 'src/content/articles/harbour.jpg'));
copyFileSync(photo, path.join(root, 'src/assets/harbour.jpg'));
writeFileSync(path.join(root, 'src/content/articles/notes.jpg'), 'not a picture');

const PATH = 'src/content/articles/harbour-talks.md';

/** An article with `image` (YAML lines under `image:`, or none) and `body`, as read from disk. */
function article(image: string | undefined, body = 'They met.\n'): ContentFile {
	const raw = `---\ntitle: Harbour talks\nsummary: They met.\npublished: 2025-03-13\n${image === undefined ? '' : `image:\n${image}`}---\n${body}`;
	return { collection: 'articles', path: PATH, id: 'harbour-talks', raw, ...parseContentFile(raw) };
}

const check = (file: ContentFile) =>
	validateContent([file], { root, publicFiles: new Set(['/images/river-crossings.png']) }).map(({ field, line, message, fix }) => ({
		field,
		line,
		message,
		fix,
	}));

const good = '  src: ./harbour.jpg\n  alt: Boats in the harbour\n';

describe('the lead picture', () => {
	test.each([
		['beside the Markdown, with caption and credit', `${good}  caption: The harbour at dawn.\n  credit: "Photo: Wire One"\n`],
		['in src/assets', '  src: ../../assets/harbour.jpg\n  alt: Boats in the harbour\n'],
		['left out', undefined],
	])('%s: accepted', (_, image) => {
		expect(check(article(image))).toEqual([]);
	});

	test.each<[string, string, { field: string; line?: number; message: string; fix?: string }]>([
		['no alt', '  src: ./harbour.jpg\n', { field: 'image.alt', line: 6, message: 'is required but missing', fix: 'describe what the picture shows' }],
		['an empty alt', '  src: ./harbour.jpg\n  alt: "  "\n', { field: 'image.alt', line: 7, message: 'is empty', fix: 'describe what the picture shows' }],
		[
			'a file that is not there',
			'  src: ./harbor.jpg\n  alt: Boats\n',
			{ field: 'image.src', line: 6, message: 'names src/content/articles/harbor.jpg, but there is no such file' },
		],
		['a file that is no picture', '  src: ./notes.jpg\n  alt: Boats\n', { field: 'image.src', line: 6, message: 'it is not a picture Dossier can read' }],
		['a path from the site root', '  src: /images/harbour.jpg\n  alt: Boats\n', { field: 'image.src', message: 'starting with ./ or ../' }],
		['a web address', '  src: https://example.org/harbour.jpg\n  alt: Boats\n', { field: 'image.src', message: 'starting with ./ or ../' }],
		['a file that is not a picture by its name', '  src: ./harbour.pdf\n  alt: Boats\n', { field: 'image.src', message: 'must name a .jpg' }],
		[
			'an SVG, which the site cannot turn into AVIF and WebP',
			'  src: ./harbour.svg\n  alt: Boats\n',
			{ field: 'image.src', message: 'must name a .jpg, .jpeg, .png, .webp, .avif, .gif or .tiff file' },
		],
		['a .tif, an ending Astro does not take', '  src: ./harbour.tif\n  alt: Boats\n', { field: 'image.src', message: 'must name a .jpg' }],
	])('%s: refused with the field, its line and a fix', (_, image, expected) => {
		const [problem, ...rest] = check(article(image));
		expect(rest).toEqual([]);
		const { message, fix, ...where } = expected;
		expect(problem).toMatchObject(where);
		expect(problem!.message).toContain(message);
		if (fix) expect(problem!.fix).toContain(fix);
	});
});

describe('pictures in a body', () => {
	// The body starts on line 6 of the file; each picture below is on the body's 3rd line.
	test.each([
		['from public/', '![A map of the river](/images/river-crossings.png)', undefined],
		['from an https:// address', '![A map of the river](https://maps.example.org/river.png)', undefined],
		['as raw HTML, with alt', '<img src="/images/river-crossings.png" alt="A map of the river">', undefined],
		['without alt text', '![](/images/river-crossings.png)', 'has no alt text'],
		['with an alt of spaces', '![  ](/images/river-crossings.png)', 'has no alt text'],
		['as raw HTML without alt', '<img src="/images/river-crossings.png">', 'has no alt text'],
		['beside the Markdown', '![A map](./river.png)', 'a file beside the Markdown: feeds would get a placeholder'],
		['beside the Markdown, without ./', '![A map](river.png)', 'a file beside the Markdown'],
		['missing from public/', '![A map](/images/river.png)', 'shows /images/river.png, but there is no public/images/river.png'],
		['over http://', '![A map](http://maps.example.org/river.png)', 'not an https:// address'],
		['as a data: URL', '![A map](data:image/png;base64,AAAA)', 'not an https:// address'],
		['by reference, beside the Markdown', '![A map][map]\n\n[map]: ./river.png', 'a file beside the Markdown'],
	])('%s', (_, markdown, message) => {
		const problems = check(article(undefined, `Intro.\n\n${markdown}\n`));
		if (!message) return expect(problems).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 8, message: expect.stringContaining(message) });
		expect(problems[0]!.field).toMatch(/^\(body\) image /);
	});

	test('the report names the file, the line and the fix', () => {
		const problems = validateContent([article(undefined, 'Intro.\n\n![](./river.png)\n')], { root, publicFiles: new Set() });
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"Dossier found 1 content problem in 1 file:

			src/content/articles/harbour-talks.md
			  (body) image ./river.png (line 8): has no alt text
			    fix: describe what the picture shows between the brackets, for readers who cannot see it: ![Delegates at the table](./river.png)"
		`);
	});

	test('the fixture newsroom passes, lead picture and body picture included', () => {
		const newsroom = mkdtempSync(path.join(os.tmpdir(), 'dossier-images-newsroom-'));
		try {
			cpSync(path.join(fixtures, 'newsroom'), path.join(newsroom, 'src', 'content'), { recursive: true });
			expect(validateContent(readContentFiles(newsroom), { root: newsroom, publicFiles: publicFiles(publicDir) })).toEqual([]);
		} finally {
			rmSync(newsroom, { recursive: true, force: true });
		}
	});
});

const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }, { publicDir }), syntaxHighlight: false });

describe('body pictures as the Markdown pipeline writes them', () => {
	const render = async (markdown: string) => (await processor.render(markdown)).code.trim();

	test.each([
		[
			'from public/: its size, lazy, async',
			'![A map](/images/river-crossings.png)',
			'<p><img src="/images/river-crossings.png" alt="A map" width="640" height="360" loading="lazy" decoding="async"></p>',
		],
		[
			'remote: lazy, async, no size',
			'![A map](https://maps.example.org/river.png)',
			'<p><img src="https://maps.example.org/river.png" alt="A map" loading="lazy" decoding="async"></p>',
		],
		[
			'raw HTML with its own size keeps it',
			'<img src="/images/river-crossings.png" alt="A map" width="320" height="180">',
			'<img src="/images/river-crossings.png" alt="A map" width="320" height="180" loading="lazy" decoding="async">',
		],
		[
			'a public path that escapes public/ gets no size',
			'![A map](/../../newsroom/articles/ostmark-border-post.jpg)',
			'<p><img src="/../../newsroom/articles/ostmark-border-post.jpg" alt="A map" loading="lazy" decoding="async"></p>',
		],
	])('%s', async (_, markdown, html) => {
		expect(await render(markdown)).toBe(html);
	});
});

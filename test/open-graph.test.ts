/** Sharing tags, the site's sharing card and the one address setting they all derive from. */
import { imageSize } from 'image-size';
import { describe, expect, test } from 'vitest';
import { placeholderUrl, siteUrlFrom, usesPlaceholderUrl } from '../src/config/site.ts';
import { openGraphTags } from '../src/outputs/head/open-graph.ts';
import { shareCardPng, shareCardSvg, wrapWords } from '../src/outputs/images/site-card.ts';

const base = new URL('https://news.example.com/');
const content = (tags: ReturnType<typeof openGraphTags>) => Object.fromEntries(tags.map((tag) => ['property' in tag ? tag.property : tag.name, tag.content]));

describe('openGraphTags', () => {
	test('a page without a picture: website, absolute address, the site card with its size and alt', () => {
		const tags = content(openGraphTags({ title: 'Russia', description: 'Russia in our explainers.', url: new URL('/actors/russia/', base) }, base));
		expect(tags).toEqual({
			'og:title': 'Russia',
			'og:description': 'Russia in our explainers.',
			'og:url': 'https://news.example.com/actors/russia/',
			'og:type': 'website',
			'og:site_name': 'Dossier',
			'og:locale': 'en_GB',
			'og:image': 'https://news.example.com/share-card.png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:image:alt': expect.stringMatching(/^Dossier: /),
			'twitter:card': 'summary_large_image',
		});
	});

	test('an explainer: article, its dates as written and its section, its own picture', () => {
		const image = { src: '/_astro/lead.abc.jpg', width: 1200, height: 675, alt: 'A border post' };
		const tags = content(
			openGraphTags(
				{
					title: 'T',
					description: 'D',
					url: new URL('/articles/a/', base),
					image,
					article: { published: '2025-03-13T09:30:00+01:00', modified: '2025-03-14' },
				},
				base,
			),
		);
		expect(tags).toMatchObject({
			'og:type': 'article',
			'article:published_time': '2025-03-13T09:30:00+01:00',
			'article:modified_time': '2025-03-14',
			'article:section': 'Explainers',
			'og:image': 'https://news.example.com/_astro/lead.abc.jpg',
			'og:image:height': '675',
			'og:image:alt': 'A border post',
		});
	});

	test('a page with no canonical address (noindex) claims none in og:url', () => {
		expect(content(openGraphTags({ title: 'Page not found', description: 'D' }, base))['og:url']).toBeUndefined();
	});
});

describe('the site card', () => {
	test('wraps the description into lines and escapes the name', () => {
		expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapWords('unbreakablewordhere x', 5)).toEqual(['unbreakablewordhere', 'x']);
		const svg = shareCardSvg('Tom & <Jerry>', 'News "here"');
		expect(svg).toContain('Tom &#38; &#60;Jerry&#62;');
		expect(svg).not.toContain('<Jerry>');
	});

	test('starts its lines at the right in a right-to-left site', () => {
		const starts = (svg: string) => [...svg.matchAll(/<text ([^>]*?) y=/g)].map((match) => match[1]);
		expect(starts(shareCardSvg('Dossier', 'Short line.'))).toEqual(['x="96"', 'x="96"']);
		expect(starts(shareCardSvg('دوسييه', 'سطر قصير.', { direction: 'rtl' }))).toEqual(['x="1104" direction="rtl"', 'x="1104" direction="rtl"']);
	});

	test('is a 1200×630 PNG', async () => {
		expect(imageSize(await shareCardPng('Dossier', 'Explainers.'))).toMatchObject({ type: 'png', width: 1200, height: 630 });
	});
});

describe('the site address', () => {
	test.each([
		['https://explainers.example.com', 'https://explainers.example.com'],
		['https://explainers.example.com/', 'https://explainers.example.com'],
		['http://localhost:4321', 'http://localhost:4321'],
	])('%s is taken as %s', (value, url) => {
		expect(siteUrlFrom(value)).toBe(url);
	});

	test.each(['explainers.example.com', 'ftp://example.com', '/news/'])('"%s" is refused with the fix', (value) => {
		expect(() => siteUrlFrom(value)).toThrow(/SITE_URL must be the site's absolute address, such as https:\/\//);
	});

	test('the placeholder is recognised whatever the path or slash', () => {
		expect(usesPlaceholderUrl(placeholderUrl)).toBe(true);
		expect(usesPlaceholderUrl(`${placeholderUrl}/`)).toBe(true);
		expect(usesPlaceholderUrl('https://explainers.example.com')).toBe(false);
	});
});

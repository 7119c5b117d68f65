/**
 * The content check reads a body's Markdown and its raw HTML once, however many of its rules (links, pictures) ask.
 */
import * as hast from 'hast-util-from-html';
import { expect, test, vi } from 'vitest';
import { bodyLinks } from '../src/check/rules/body-links.ts';
import { bodyImages } from '../src/check/rules/pictures-fs.ts';

vi.mock('hast-util-from-html', async (original) => {
	const actual = await original<typeof hast>();
	return { ...actual, fromHtml: vi.fn(actual.fromHtml) };
});

test('the links rule and the pictures rule share one parse of each raw HTML node', () => {
	const body = 'Intro.\n\n<p><a href="/articles/">All</a> <img src="/images/map.png" alt="A map"></p>\n\n<a href="https://example.org/">Out</a>\n';
	expect(bodyLinks(body)).toEqual([
		{ href: '/articles/', line: 3 },
		{ href: 'https://example.org/', line: 5 },
	]);
	expect(bodyImages(body)).toEqual([{ src: '/images/map.png', alt: 'A map', line: 3, html: true }]);
	// Three raw HTML nodes: the block, and the inline <a …> and </a> around "Out". Each rule would parse all three.
	expect(vi.mocked(hast.fromHtml)).toHaveBeenCalledTimes(3);
});

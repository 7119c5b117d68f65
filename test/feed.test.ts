/**
 * Feed items as subscribers get them: full text that stays valid XML, with
 * corrections first, sources last and every link absolute.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { absolutizeLinks, feedItem, removePageOnlyAids } from '../src/lib/feed.ts';
import { article } from './helpers/entries.ts';

const site = new URL('https://dossier.example.org');
const id = '2025-03-20-ferry-deal';
const articleUrl = `https://dossier.example.org/articles/${id}/`;

const body = [
	'<p>Valmora wants its ferries back<sup class="citation"><a href="#source-wire" id="cite-wire-1">[1]</a></sup>.</p>',
	'<p>Read <a href="../2025-01-10-ferry-demand/">the first piece</a>, about <a href="/actors/valmora/">Valmora</a>,',
	'see <a href="https://elsewhere.example.net/x?y=1#z">elsewhere</a> and write to <a href="mailto:desk@example.org">the desk</a>.</p>',
	'<p><img src="map.png" alt="Map of the ferry routes"></p>',
].join('\n');

const deal = article(
	id,
	{
		title: 'Kestrel Union accepts the ferry deal',
		summary: 'The routes reopen in spring.',
		published: '2025-03-20',
		sources: [
			{ key: 'wire', source: 'wire-north', title: 'Accord signé', url: 'https://reports.example.net/accord', note: 'Two officials' },
			{ source: 'ministere-des-cotes', title: 'Communiqué', url: 'https://reports.example.net/communique' },
		],
		corrections: [
			{ date: '2025-03-25', text: 'The second correction.' },
			{ date: '2025-03-21', text: 'The first correction.' },
		],
	},
	body,
);
const item = feedItem(deal, site);

describe('absolutizeLinks', () => {
	test.each([
		['a relative link', '../other/', 'https://dossier.example.org/articles/other/'],
		['a root-relative link', '/topics/ferry-dispute/', 'https://dossier.example.org/topics/ferry-dispute/'],
		['a fragment', '#source-wire', `${articleUrl}#source-wire`],
		['an external link', 'https://elsewhere.example.net/x?y=1#z', 'https://elsewhere.example.net/x?y=1#z'],
		['a mailto link', 'mailto:desk@example.org', 'mailto:desk@example.org'],
	])('%s: %s → %s', (_, href, absolute) => {
		const tree = h('div', [h('p', [h('a', { href }, 'link')]), h('img', { src: href })]);
		absolutizeLinks(tree, new URL(articleUrl));
		expect(toHtml(tree)).toBe(`<div><p><a href="${absolute}">link</a></p><img src="${absolute}"></div>`);
	});
});

describe('feedItem', () => {
	test('links to the article on the site', () => {
		expect(item.link).toBe(articleUrl);
	});

	test('describes the article by its summary and latest correction, and dates it by publication', () => {
		expect(item.description).toBe('The routes reopen in spring. Corrected 25 March 2025: The second correction.');
		expect(item.pubDate).toEqual(new Date('2025-03-20'));
	});

	test.each([
		['citation fragment', '#source-wire', `${articleUrl}#source-wire`],
		['relative link', '../2025-01-10-ferry-demand/', 'https://dossier.example.org/articles/2025-01-10-ferry-demand/'],
		['root-relative link', '/actors/valmora/', 'https://dossier.example.org/actors/valmora/'],
		['external link', 'https://elsewhere.example.net/x?y=1#z', 'https://elsewhere.example.net/x?y=1#z'],
		['mailto link', 'mailto:desk@example.org', 'mailto:desk@example.org'],
	])('in the content, a %s becomes %s', (_, relative, absolute) => {
		expect(item.content).toContain(`href="${absolute}"`);
		if (relative !== absolute) expect(item.content).not.toContain(`href="${relative}"`);
	});

	test('in the content, an image source becomes absolute', () => {
		expect(item.content).toContain(`src="${articleUrl}map.png"`);
	});

	test('gives corrections before the body and sources after it', () => {
		const corrections = item.content.indexOf('<h2>Corrections</h2>');
		const bodyStart = item.content.indexOf('Valmora wants its ferries back');
		const sourcesHeading = item.content.indexOf('<h2>Sources</h2>');
		expect(corrections).toBeGreaterThanOrEqual(0);
		expect(bodyStart).toBeGreaterThan(corrections);
		expect(sourcesHeading).toBeGreaterThan(bodyStart);
		expect(item.content.slice(sourcesHeading)).toContain(
			'<li><a href="https://reports.example.net/accord">Accord signé</a>. Two officials</li>',
		);
	});

	test('dates corrections and lists them oldest first, as the article page does', () => {
		const first = item.content.indexOf('21 March 2025: The first correction.');
		const second = item.content.indexOf('25 March 2025: The second correction.');
		expect(first).toBeGreaterThanOrEqual(0);
		expect(second).toBeGreaterThan(first);
	});

	test('a single correction is headed in the singular', () => {
		const one = article('one', {
			title: 'One',
			summary: 'One correction.',
			published: '2025-01-01',
			corrections: [{ date: '2025-01-02', text: 'Fixed a name.' }],
		});
		expect(feedItem(one, site).content).toContain('<h2>Correction</h2>');
	});

	test('an article without corrections or sources is just its body', () => {
		const plain = article('plain', { title: 'Plain', summary: 'Plain.', published: '2025-01-01' }, '<p>Just text.</p>');
		expect(feedItem(plain, site).content).toBe('<p>Just text.</p>');
	});

	test('a title with <, & and ]]> is returned unchanged, for the XML writer to escape', () => {
		const title = 'Tariffs < quotas & "fees" ]]> Åsa’s view';
		const tricky = article('tricky', { title, summary: 'Fish & <chips>.', published: '2025-01-01' });
		const { title: feedTitle, description } = feedItem(tricky, site);
		expect(feedTitle).toBe(title);
		expect(description).toBe('Fish & <chips>.');
	});

	test('forbidden control characters are removed from the title, summary, body, corrections and sources', () => {
		const dirty = article(
			'dirty',
			{
				title: 'Bad\u0008 title',
				summary: 'Bad\u0000 summary',
				published: '2025-01-01',
				sources: [{ source: 's', title: 'Bad\u000B source', url: 'https://example.net/' }],
				corrections: [{ date: '2025-01-02', text: 'Bad\uFFFE correction' }],
			},
			'<p>Bad\u0000 body ⛴️</p>',
		);
		const result = feedItem(dirty, site);
		expect(result.title).toBe('Bad title');
		expect(result.description).toBe('Bad summary Corrected 2 January 2025: Bad correction');
		expect(result.content).toContain('<p>Bad body ⛴️</p>');
		expect(result.content).toContain('Bad source');
		expect(result.content).toContain('Bad correction');
		expect(result.content).not.toMatch(/[\u0000\u0008\u000B\uFFFE]/);
	});
});

describe('removePageOnlyAids', () => {
	test('drops heading anchors and screen-reader-only text, which feed readers would show as stray text', () => {
		const tree = fromHtml(
			'<h2 id="why">Why<a class="heading-anchor" href="#why"><span aria-hidden="true">#</span><span class="sr-only">Link to section: Why</span></a></h2>' +
				'<p>Said so<sup class="citation"><a href="#source-wire"><span aria-hidden="true">[1]</span><span class="sr-only">Source 1</span></a></sup>.</p>',
			{ fragment: true },
		);
		removePageOnlyAids(tree);
		expect(toHtml(tree)).toMatchInlineSnapshot(`"<h2 id="why">Why</h2><p>Said so<sup class="citation"><a href="#source-wire"><span aria-hidden="true">[1]</span></a></sup>.</p>"`);
	});
});

/**
 * What an entity's feed says about each article instead of its full text: the
 * demand's status and stances, the actor's positions, the source's citations,
 * the topic's actors and other topics. Plain data in, short HTML out.
 */
import { describe, expect, test } from 'vitest';
import { type FeedReport, feedReportHtml } from '../src/outputs/feeds/entity-report.ts';

const site = new URL('https://dossier.example.org');
const valmora = { name: 'Valmora', path: '/actors/valmora/' };
const kestrel = { name: 'Kestrel Union', path: '/actors/kestrel-union/' };
const ferry = { name: 'Ferry rights must be restored', path: '/demands/ferry-rights-restored/' };

describe('feedReportHtml', () => {
	test.each<[string, FeedReport, string]>([
		[
			"a demand's item: its status here, then each party's stance with the note and the cited outlet",
			{
				kind: 'demands',
				status: 'under-negotiation',
				stances: [
					{ actor: kestrel, stance: 'mixed', note: 'Open to a partial return.', source: 'Wire North' },
					{ actor: valmora, stance: 'supports' },
				],
			},
			'<p>Status in this explainer: Being negotiated</p><p><strong>Stances in this explainer</strong></p><ul>' +
				'<li><a href="https://dossier.example.org/actors/kestrel-union/"><bdi>Kestrel Union</bdi></a>: Mixed — Open to a partial return. (source: <bdi>Wire North</bdi>)</li>' +
				'<li><a href="https://dossier.example.org/actors/valmora/"><bdi>Valmora</bdi></a>: Supports</li></ul>',
		],
		[
			"an actor's item: its positions, and the demands it makes or faces whose status the article reports",
			{
				kind: 'actors',
				positions: [{ demand: ferry, stance: 'opposes', source: 'Wire North' }],
				made: [{ demand: { name: 'Tariffs frozen', path: '/demands/tariff-freeze/' }, status: 'new' }],
				faced: [{ demand: ferry, status: 'rejected' }],
			},
			'<p><strong>Positions in this explainer</strong></p><ul><li>Opposes: <a href="https://dossier.example.org/demands/ferry-rights-restored/"><bdi>Ferry rights must be restored</bdi></a> (source: <bdi>Wire North</bdi>)</li></ul>' +
				'<p><strong>What it demands</strong></p><ul><li><a href="https://dossier.example.org/demands/tariff-freeze/"><bdi>Tariffs frozen</bdi></a>: Put forward</li></ul>' +
				'<p><strong>Demands put to it</strong></p><ul><li><a href="https://dossier.example.org/demands/ferry-rights-restored/"><bdi>Ferry rights must be restored</bdi></a>: Rejected</li></ul>',
		],
		[
			"a source's item: each citation, its title linked to the report, and the report's date",
			{
				kind: 'sources',
				citations: [{ title: 'Talks begin', url: 'https://reports.example.net/talks', published: '2025-02-13' }, { title: 'A report without an address' }],
			},
			'<p><strong>Reports this explainer cites</strong></p><ul><li><a href="https://reports.example.net/talks">Talks begin</a>, 13 February 2025</li><li>A report without an address</li></ul>',
		],
		[
			"a topic's item: the article's actors and other topics",
			{ kind: 'topics', actors: [valmora, kestrel], topics: [{ name: 'Économie bleue', path: '/topics/economie-bleue/' }] },
			'<p>Who’s involved: <a href="https://dossier.example.org/actors/valmora/"><bdi>Valmora</bdi></a> and <a href="https://dossier.example.org/actors/kestrel-union/"><bdi>Kestrel Union</bdi></a></p>' +
				'<p>Also filed under: <a href="https://dossier.example.org/topics/economie-bleue/"><bdi>Économie bleue</bdi></a></p>',
		],
	])('%s', (_, report, html) => {
		expect(feedReportHtml(report, site)).toBe(html);
	});

	test.each<[string, FeedReport]>([
		['a topic with no actors or other topics', { kind: 'topics', actors: [], topics: [] }],
		['a demand the article names without status or stances', { kind: 'demands', stances: [] }],
		['an actor only mentioned', { kind: 'actors', positions: [], made: [], faced: [] }],
	])('%s adds nothing after the summary', (_, report) => {
		expect(feedReportHtml(report, site)).toBe('');
	});

	test('names with &, <, >, quotes, emoji and right-to-left text are escaped and isolated; forbidden characters dropped', () => {
		const odd = { name: 'Fish & <Chips> "Ltd" ⛴️ اتحاد\u0008', path: '/actors/fish-chips/' };
		expect(feedReportHtml({ kind: 'demands', stances: [{ actor: odd, stance: 'opposes', note: 'Says "no" & <means it>' }] }, site)).toMatchInlineSnapshot(
			`"<p><strong>Stances in this explainer</strong></p><ul><li><a href="https://dossier.example.org/actors/fish-chips/"><bdi>Fish &#x26; &#x3C;Chips> "Ltd" ⛴️ اتحاد</bdi></a>: Opposes — Says "no" &#x26; &#x3C;means it></li></ul>"`,
		);
	});

	test('links keep the base path the entity paths carry', () => {
		const html = feedReportHtml({ kind: 'topics', actors: [{ name: 'Valmora', path: '/dossier/actors/valmora/' }], topics: [] }, site);
		expect(html).toContain('href="https://dossier.example.org/dossier/actors/valmora/"');
	});

	test('in the item of an article in another language, the report is marked with the site’s', () => {
		const report: FeedReport = { kind: 'demands', status: 'met', stances: [] };
		expect(feedReportHtml(report, site, 'ar')).toBe('<div lang="en-GB" dir="ltr"><p>Status in this explainer: Met</p></div>');
		expect(feedReportHtml(report, site, 'en-GB')).toBe('<p>Status in this explainer: Met</p>');
	});
});

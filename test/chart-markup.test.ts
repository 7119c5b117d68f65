/**
 * The stance charts as the fixture newsroom's build writes them: what a screen
 * reader is told (each track's name and description), that the pictures carry
 * no script and no viewBox, and that each mark names a shape defined on the page.
 */
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, createSite, readDist, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A chart as assistive technology reads it: the caption, each image's name and description, and the notes in the figure. */
function accessibleText(figure: Element): string[] {
	const caption = select('figcaption', figure);
	const images = selectAll('svg[role="img"]', figure).map((svg) => `${toString(select('title', svg)!)}: ${toString(select('desc', svg)!)}`);
	const notes = selectAll(':scope > p', figure).map((note) => squash(toString(note)));
	return [squash(caption ? toString(caption) : ''), ...images, ...notes];
}

describe('stance charts in a built site', () => {
	let site: Site;
	const figure = (page: string) => {
		const root = fromHtml(readDist(site, `${page}/index.html`));
		const found = select('figure.chart', root);
		if (!found) throw new Error(`no chart on ${page}`);
		return found;
	};

	beforeAll(async () => {
		site = createSite(fixture);
		const build = await astroBuild(site);
		if (build.code !== 0) throw new Error(build.output);
	});
	afterAll(() => site.remove());

	test("a demand's chart says in words what each lane shows", () => {
		expect(accessibleText(figure('demands/border-troops-withdrawn'))).toMatchInlineSnapshot(`
			[
			  "How the status and each party's stance changed from 10 January 2024 to 1 March 2024: a mark at each reported change.",
			  "Status: Put forward from 10 January 2024, then Being negotiated from 5 February 2024, then Accepted from 1 March 2024.",
			  "Ostmark: Opposes from 10 January 2024, then Mixed from 5 February 2024, then Supports from 1 March 2024.",
			  "First raised on 2 November 2023, long before the changes shown here.",
			  "Every change of status, with its date and its report, is under How its status changed; every stance, under Where each side stands.",
			]
		`);
	});

	test("an actor's chart says in words what each strip shows", () => {
		expect(accessibleText(figure('actors/ostmark'))).toMatchInlineSnapshot(`
			[
			  "Stances on each demand put to or answered by Ostmark, a mark at each reported change, oldest first.",
			  "Stance on Ostmark must withdraw its troops from the northern border: Opposes from 10 January 2024, then Mixed from 5 February 2024, then Supports from 1 March 2024.",
			]
		`);
	});

	test('the pictures scale without a viewBox, need no script, and use only shapes the page defines', () => {
		for (const page of ['demands/border-troops-withdrawn', 'actors/ostmark', 'actors/valdoria']) {
			const chart = figure(page);
			expect(selectAll('svg[viewBox], script', chart)).toEqual([]);
			const defined = new Set(selectAll('defs [id]', chart).map((el) => `#${String(el.properties.id)}`));
			const used = selectAll('use', chart).map((el) => String(el.properties.href));
			expect(used.length).toBeGreaterThan(0);
			expect(used.filter((href) => !defined.has(href))).toEqual([]);
		}
	});

	test('an actor with no stance on record has no chart', () => {
		expect(select('figure.chart', fromHtml(readDist(site, 'actors/zoe-norgaard/index.html')))).toBeUndefined();
	});
});

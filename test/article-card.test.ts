/** Each explainer's sharing card: when it gets one, what it shows, and that it is drawn once. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, describe, expect, test } from 'vitest';
import {
	articleCardOf,
	articleCardPng,
	articleCardSvg,
	canDrawCard,
	type CardText,
	cardKey,
	hasRtlText,
	titleLayout,
} from '../src/outputs/images/article-card-fs.ts';
import { directionOf } from '../src/config/locale.ts';
import { article } from './helpers/entries.ts';

const text: CardText = { title: 'Talks resume in Łódź', summary: 'Both sides return to the table.', date: '1 March 2024', siteTitle: 'Dossier' };

describe('right to left: the card falls back to the site’s picture', () => {
	test.each([
		['en', false],
		['en-GB', false],
		['pl', false],
		['ar', true],
		['ar-EG', true],
		['he', true],
		['fa-IR', true],
		['ur', true],
		['yi', true],
		['ku-Arab', true],
		['ku', false],
		['az-Arab', true],
	])('language %s is right to left: %s', (lang, rtl) => {
		expect(directionOf(lang) === 'rtl').toBe(rtl);
	});

	test.each([
		['Talks resume in Łódź', false],
		['Переговоры возобновились', false],
		['会谈恢复', false],
		['المحادثات تستأنف', true],
		['Talks with חמאס resume', true],
		['گفتگوها', true],
	])('"%s" holds right-to-left text: %s', (value, rtl) => {
		expect(hasRtlText(value)).toBe(rtl);
	});

	test.each([
		['en', text, true],
		['ar', text, false],
		['en', { ...text, title: 'المحادثات تستأنف' }, false],
		['en', { ...text, summary: 'Hamas (حماس) agrees.' }, false],
		['en', { ...text, siteTitle: 'دوسيه' }, false],
	])('site language %s, card %j: drawn %s', (lang, card, drawn) => {
		expect(canDrawCard(lang, card)).toBe(drawn);
	});
});

describe('the cache key', () => {
	test('is the same for the same card and differs when anything drawn changes', () => {
		expect(cardKey({ ...text })).toBe(cardKey(text));
		const keys = [
			text,
			{ ...text, title: 'Talks resume in Lodz' },
			{ ...text, summary: 'Both sides return.' },
			{ ...text, date: '2 March 2024' },
			{ ...text, siteTitle: 'Other' },
		].map(cardKey);
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('the drawing', () => {
	test.each([
		['Short', 72, 1],
		['Ostmark agrees to withdraw its border troops', 72, 3],
		['Ostmark agrees to withdraw its border troops after three weeks of talks', 64, 3],
		[Array.from({ length: 30 }, () => 'word').join(' '), 50, 4],
	])('headline %s: size %i, %i lines', (title, size, lines) => {
		const layout = titleLayout(title);
		expect(layout).toMatchObject({ size });
		expect(layout.lines).toHaveLength(lines);
	});

	test('a headline too long for four lines ends in an ellipsis', () => {
		expect(titleLayout(Array.from({ length: 40 }, () => 'word').join(' ')).lines.at(-1)).toMatch(/word…$/);
	});

	test('escapes every text it sets', () => {
		const svg = articleCardSvg({ title: 'Tom & <Jerry>', summary: '"Quoted" <b>', date: '1 March 2024', siteTitle: 'A&B' });
		expect(svg).toContain('Tom &#38; &#60;Jerry&#62;');
		expect(svg).toContain('A&#38;B');
		expect(svg).not.toMatch(/<Jerry>|<b>/);
	});
});

describe('which articles get a card', () => {
	const plain = article('2024-03-01-talks', { title: 'Talks resume', summary: 'Both sides return.', published: '2024-03-01', draft: false });
	const on = { enabled: true, lang: 'en', siteTitle: 'Dossier' };

	test('a published article without a lead picture, with cards on: its card beside its page, 1200×630', () => {
		expect(articleCardOf(plain, on)).toEqual({
			text: { title: 'Talks resume', summary: 'Both sides return.', date: '1 March 2024', siteTitle: 'Dossier' },
			picture: { src: '/articles/2024-03-01-talks/card.png', width: 1200, height: 630, alt: 'Talks resume: Both sides return.' },
		});
	});

	test('none with cards off, in a right-to-left language, or with right-to-left text in the headline', () => {
		expect(articleCardOf(plain, { ...on, enabled: false })).toBeUndefined();
		expect(articleCardOf(plain, { ...on, lang: 'ar' })).toBeUndefined();
		const arabic = article('a', { title: 'المحادثات تستأنف', summary: 'Both sides return.', published: '2024-03-01', draft: false });
		expect(articleCardOf(arabic, on)).toBeUndefined();
	});

	test('none for a draft', () => {
		const draft = article('d', { title: 'Secret', summary: 'Not yet.', published: '2024-03-01', draft: true });
		expect(articleCardOf(draft, on)).toBeUndefined();
	});
});

describe('drawing and caching', () => {
	const cache = mkdtempSync(path.join(os.tmpdir(), 'dossier-cards-'));
	afterAll(() => rmSync(cache, { recursive: true, force: true }));
	const drawn = () => readFileSync(path.join(cache, 'drawn.log'), 'utf8').trim().split('\n');

	test('a 1200×630 PNG, drawn once and then read from the cache', async () => {
		const first = await articleCardPng(text, cache);
		expect(imageSize(first)).toMatchObject({ type: 'png', width: 1200, height: 630 });
		const second = await articleCardPng({ ...text }, cache);
		expect(second.equals(first)).toBe(true);
		expect(drawn()).toEqual([cardKey(text)]);
		await articleCardPng({ ...text, date: '2 March 2024' }, cache);
		expect(drawn()).toHaveLength(2);
	});
});

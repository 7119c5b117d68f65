/**
 * What holds across every view of the small fictional newsroom: a draft shows
 * nowhere, and a demand's history and current status read the same on every
 * page that shows them.
 */
import { describe, expect, test } from 'vitest';
import { entityKindList } from '../../src/model/entities.ts';
import { buildGraph } from '../../src/graph/graph.ts';
import { articlePage } from '../../src/views/article/article.ts';
import { allCorrections } from '../../src/views/lists/all-corrections.ts';
import { actorView, demandView, entityHeader, mentionsOf, sourceView, topicView } from '../../src/views/entity/entity.ts';
import { entityFeeds, siteFeed } from '../../src/outputs/feeds/feeds.ts';
import { demandsIndex, entityIndex, homePage } from '../../src/views/lists/indexes.ts';
import { stanceMatrix } from '../../src/views/lists/matrix.ts';
import { newsroom, newsroomIds } from '../helpers/entries.ts';
import { firstDemandsPage, line, stances, statusEvents } from '../helpers/views.ts';

const { jan, feb, mar, draft } = newsroomIds;
const graph = buildGraph(newsroom());
const idsOf = (kind: (typeof entityKindList)[number]) => [...graph.entities[kind].keys()];

describe('the draft', () => {
	test('shows on no page', () => {
		const pages = [
			homePage(graph),
			...graph.articles.map((entry) => articlePage(graph, entry)),
			...idsOf('actors').map((id) => actorView(graph, id)),
			...idsOf('demands').map((id) => demandView(graph, id)),
			...idsOf('sources').map((id) => sourceView(graph, id)),
			...idsOf('topics').map((id) => topicView(graph, id)),
			...entityKindList.flatMap((kind) => idsOf(kind).flatMap((id) => [mentionsOf(graph, kind, id), entityHeader(graph, kind, id)])),
			...entityKindList.map((kind) => entityIndex(graph, kind)),
			demandsIndex(graph),
			stanceMatrix(graph, [...graph.entities.demands.values()]),
			...entityFeeds(graph),
			siteFeed(graph),
			allCorrections(graph),
		];
		for (const page of pages) {
			const text = JSON.stringify(page);
			expect(text).not.toContain(draft);
			expect(text).not.toMatch(/secret plan|leaked memo|draft-only/i);
		}
	});
});

describe('a demand followed over three articles', () => {
	// January: new, the Kestrel Union opposes. February: under negotiation, it is mixed. March: accepted, it supports.
	const ferry = 'ferry-rights-restored';

	test('the demand page tells each change of status in its timeline, and each stance once, under the party', () => {
		const page = demandView(graph, ferry);
		expect(page.timeline.items.map(line)).toEqual([
			`2025-03-20 | @${mar}: status accepted`,
			`2025-02-14 | @${feb}: status under-negotiation`,
			`2025-01-10 | @${jan}: status new`,
			'2024-12-01 | raised',
		]);
		const kestrel = page.positions.items.find((group) => group.actor?.id === 'kestrel-union');
		expect(stances(kestrel?.history ?? [])).toEqual([`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`]);
	});

	test("the actor page tells the Kestrel Union's stances in order, beside the demand's current status", () => {
		const page = actorView(graph, 'kestrel-union');
		// The demand is put to the Kestrel Union: its stances are told with the demand, beside its status.
		const onFerry = page.stances.items.find((d) => d.demand.id === ferry);
		expect(stances(onFerry?.stance?.history ?? [])).toEqual([`opposes @${jan}`, `mixed @${feb}`, `supports @${mar}`]);
		expect(onFerry?.status?.status).toBe('accepted');
	});

	test('the site-wide matrix shows the current status and the latest stance', () => {
		const { matrix } = firstDemandsPage(graph);
		const row = matrix.rows.find((r) => r.demand.id === ferry);
		const kestrel = matrix.actors.findIndex((a) => a.id === 'kestrel-union');
		expect(row?.status?.status).toBe('accepted');
		const cell = row?.cells[kestrel];
		expect(stances(cell?.kind === 'stance' ? [cell.position] : [])).toEqual([`supports @${mar}`]);
	});
});

describe('the latest reported status is the current status everywhere', () => {
	const ferry = 'ferry-rights-restored';
	const byId = <T extends { demand: { id: string } }>(list: T[]) => list.find((entry) => entry.demand.id === ferry);

	test.each([
		['the home page', () => byId(homePage(graph).openDemands.items)?.status],
		['the demand page', () => demandView(graph, ferry).status],
		['the top of the demand timeline', () => statusEvents(demandView(graph, ferry).timeline.items)[0]],
		["its author's page", () => byId(actorView(graph, 'valmora').demandsMade.items)?.status],
		["an addressee's page", () => byId(actorView(graph, 'harbour-league').stances.items)?.status],
		["its topic's page", () => byId(topicView(graph, 'ferry-dispute').demands.items)?.status],
		['the demands index', () => byId(firstDemandsPage(graph).demands)?.status],
		['the stance matrix', () => byId(firstDemandsPage(graph).matrix.rows)?.status],
	])('on %s', (_, status) => {
		expect(status()).toMatchObject({ status: 'accepted', article: { id: mar } });
	});
});

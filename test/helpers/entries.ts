/**
 * Factories for content entries in unit tests: each runs the real zod schema,
 * so an entry's data is exactly what Astro's collections hand over (defaults
 * filled in, dates as Date objects).
 */
import type { z } from 'astro/zod';
import type { Actor, ContentSet, Demand, Source, Topic } from '../../src/graph/graph.ts';
import type { Article } from '../../src/model/entry.ts';
import { actorSchema, articleSchema, demandSchema, sourceSchema, topicSchema } from '../../src/model/schemas.ts';

type Input<T extends () => z.ZodType> = z.input<ReturnType<T>>;

/** An article entry, with its rendered HTML as Astro's loader hands it over. */
export const article = (id: string, data: Input<typeof articleSchema>, html?: string): Article => ({
	id,
	data: articleSchema().parse(data),
	...(html === undefined ? {} : { rendered: { html } }),
});
export const actor = (id: string, data: Input<typeof actorSchema>): Actor => ({ id, data: actorSchema().parse(data) });
export const demand = (id: string, data: Input<typeof demandSchema>): Demand => ({ id, data: demandSchema().parse(data) });
export const source = (id: string, data: Input<typeof sourceSchema>): Source => ({ id, data: sourceSchema().parse(data) });
export const topic = (id: string, data: Input<typeof topicSchema>): Topic => ({ id, data: topicSchema().parse(data) });

/** The ids of a list of entries, in order: what most assertions compare. */
export const ids = (entries: readonly { id: string }[] | undefined) => (entries ?? []).map((entry) => entry.id);

/** Ids of the shared newsroom's articles. */
export const newsroomIds = {
	jan: '2025-01-10-ferry-demand',
	feb: '2025-02-14-talks-open',
	mar: '2025-03-20-ferry-deal',
	draft: '2025-04-01-secret-plan',
} as const;

/**
 * A small fictional newsroom: three published articles (January, February,
 * March) and a later draft. Demand `ferry-rights-restored` goes new →
 * under-negotiation → accepted while the Kestrel Union's stance on it goes
 * opposes → mixed → supports. The draft would withdraw that demand, meet the
 * other, cite both sources and link pages from its body, so any leak shows.
 * No published article's body links anything.
 */
export function newsroom() {
	const { jan, feb, mar, draft } = newsroomIds;
	const url = (path: string) => `https://reports.example.net/${path}`;
	return {
		// Deliberately not in date order.
		articles: [
			article(feb, {
				title: 'Ferry talks open in the harbour town',
				summary: 'Both sides sit down over the ferry routes.',
				published: '2025-02-14T09:30:00+01:00',
				actors: ['valmora', 'kestrel-union'],
				topics: ['ferry-dispute', 'economie-bleue'],
				demands: [
					{
						demand: 'ferry-rights-restored',
						status: 'under-negotiation',
						positions: [{ actor: 'kestrel-union', stance: 'mixed', note: 'Open to a partial return.', cite: 'wire-b' }],
					},
					// Åsa Ødegård is not in `actors`: she appears only through this position.
					{ demand: 'tariff-freeze', positions: [{ actor: 'asa-odegard', stance: 'unclear' }] },
				],
				sources: [
					{ key: 'wire-a', source: 'wire-north', title: 'Talks begin', url: url('talks-begin') },
					{ key: 'wire-b', source: 'wire-north', title: 'Union signals flexibility', url: url('flexibility') },
				],
			}),
			article(
				draft,
				{
					title: 'Secret plan to abandon the ferry claim',
					summary: 'Not ready.',
					published: '2025-04-01',
					draft: true,
					actors: ['harbour-league'],
					topics: ['economie-bleue'],
					demands: [
						{
							demand: 'ferry-rights-restored',
							status: 'withdrawn',
							positions: [
								{ actor: 'kestrel-union', stance: 'opposes' },
								{ actor: 'harbour-league', stance: 'opposes' },
							],
						},
						{ demand: 'tariff-freeze', status: 'met', positions: [{ actor: 'valmora', stance: 'opposes' }] },
					],
					sources: [
						{ source: 'wire-north', title: 'Leaked memo', url: url('leaked-memo') },
						{ source: 'ministere-des-cotes', title: 'Draft-only statement', url: url('draft-only') },
					],
				},
				// Its body links pages as well, so a leak through body links shows too.
				'<p>The secret plan, per <a href="/actors/asa-odegard/">Åsa Ødegård</a>, ends the <a href="/demands/tariff-freeze/">freeze</a> ' +
					'(<a href="/topics/ferry-dispute/">dispute</a>, <a href="/sources/wire-north/">Wire North</a>).</p>',
			),
			article(jan, {
				title: 'Valmora demands its ferry rights back',
				summary: 'Valmora wants the old ferry routes restored.',
				published: '2025-01-10',
				actors: ['asa-odegard', 'valmora', 'kestrel-union', 'harbour-league'],
				topics: ['ferry-dispute'],
				demands: [
					{
						demand: 'ferry-rights-restored',
						status: 'new',
						positions: [{ actor: 'kestrel-union', stance: 'opposes', cite: 'wire' }],
					},
				],
				sources: [
					{ key: 'wire', source: 'wire-north', title: 'Valmora makes its demand', url: url('demand') },
					{ source: 'ministere-des-cotes', title: 'Communiqué du ministère', url: url('communique') },
				],
			}),
			article(mar, {
				title: 'Kestrel Union accepts the ferry deal',
				summary: 'The routes reopen in spring.',
				published: '2025-03-20',
				byline: 'Harbour desk',
				actors: ['kestrel-union', 'valmora'],
				topics: ['ferry-dispute'],
				demands: [
					{
						demand: 'ferry-rights-restored',
						status: 'accepted',
						positions: [{ actor: 'kestrel-union', stance: 'supports', cite: 'ministere-des-cotes' }],
					},
				],
				sources: [{ source: 'ministere-des-cotes', title: 'Accord signé', url: url('accord') }],
				corrections: [
					{ date: '2025-03-25', text: 'The second correction.' },
					{ date: '2025-03-21', text: 'The first correction.' },
				],
			}),
		],
		actors: [
			actor('valmora', { name: 'Valmora', kind: 'country', aliases: ['the Valmoran government'] }),
			actor('kestrel-union', { name: 'Kestrel Union', kind: 'alliance' }),
			actor('asa-odegard', { name: 'Åsa Ødegård', kind: 'person' }),
			actor('harbour-league', { name: 'Harbour League', kind: 'organization' }),
		],
		demands: [
			demand('tariff-freeze', {
				title: 'Tariffs frozen at current levels',
				by: 'kestrel-union',
				addressedTo: ['valmora'],
				topics: ['economie-bleue'],
			}),
			demand('ferry-rights-restored', {
				title: 'Ferry rights must be restored',
				by: 'valmora',
				addressedTo: ['kestrel-union', 'harbour-league'],
				topics: ['ferry-dispute'],
				firstRaised: '2024-12-01',
			}),
		],
		sources: [
			source('wire-north', { name: 'Wire North', kind: 'wire-service', url: 'https://wire-north.example.net' }),
			source('ministere-des-cotes', { name: 'Ministère des Côtes', kind: 'government' }),
		],
		topics: [topic('ferry-dispute', { title: 'Ferry dispute', kind: 'event' }), topic('economie-bleue', { title: 'Économie bleue', kind: 'theme' })],
	};
}

/** A content set with only articles and whichever entries a test names. */
export const contentOf = (articles: Article[], rest: Partial<Omit<ContentSet, 'articles'>> = {}): ContentSet => ({
	articles,
	actors: [],
	demands: [],
	sources: [],
	topics: [],
	...rest,
});

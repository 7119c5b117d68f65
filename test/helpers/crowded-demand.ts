/**
 * A worst case for the demand charts: a small newsroom whose main demand has
 * 150 parties and 20 changes of status in 25 articles (some a day apart, some
 * clustered in a week, some months apart, the first raising years before the
 * rest), every party changing its stance several times; and a second demand
 * with ten changes of status and long party names. Synthetic and deterministic.
 *
 * To write it to a folder by hand:
 * `node_modules/.bin/node test/helpers/crowded-demand.ts /tmp/crowded/src/content`
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Stance, Status } from '../../src/model/schemas.ts';
import slugify from '@sindresorhus/slugify';

export const crowdedDemandId = 'shared-safety-code';
export const longNamesDemandId = 'night-shipping-ban-lifted';
export const crowdedParties = 150;
/** How many of them the crowded demand is put to: more than a line names. */
export const crowdedAddressees = 40;

const maker = { id: 'harbour-workers-federation', name: 'Harbour Workers’ Federation' };

const places = ['Belmar', 'Ostrava Bay', 'Kellin', 'Sandvik', 'Port Aster', 'Marrow Point', 'Tessaly', 'Granholm', 'Vireo', 'Lune Harbour'];
const bodies = [
	'Port Authority',
	'Dockers’ Union',
	'Chamber of Shipping',
	'Pilots’ Guild',
	'Town Council',
	'Ferry Company',
	'Fishermen’s Cooperative',
	'Customs Office',
	'Harbour Police',
	'Tug Operators',
	'Shipyard',
	'Coast Guard',
	'Marina',
	'Port Workers',
	'Freight Forwarders',
];
/** 150 names of two to four words: "Belmar Port Authority", "Port Aster Fishermen’s Cooperative". */
const partyNames = bodies.flatMap((body) => places.map((place) => `${place} ${body}`));

/** The second demand's parties: long names of two to four words, which wrap in a chart's name column. */
const longNames = [
	'Confederation of Northern Harbour Municipalities',
	'Intercontinental Containerisation',
	'Valdorian Maritime Affairs Ministry',
	'Zoë-Marguerite Nørgaard-Lindqvist',
	'Association of Independent Ferry Operators',
	'Transnational Dockworkers’ Solidarity Network',
];

/** When each of the 25 articles was published: months apart at first, then runs a day apart and a cluster in one week. */
const days = [
	'2022-09-12', '2023-02-06', '2023-05-15', '2023-09-04', '2023-11-20',
	'2024-01-08', '2024-01-09', '2024-01-10', '2024-01-12', '2024-03-18',
	'2024-04-02', '2024-04-03', '2024-04-04', '2024-06-10', '2024-08-19',
	'2024-10-07', '2024-10-08', '2024-11-25', '2025-01-13', '2025-02-03',
	'2025-02-04', '2025-03-17', '2025-04-14', '2025-05-05', '2025-05-06',
]; // prettier-ignore

/** The main demand's status in each article: no status in five of them, so twenty changes (each differs from the one before). */
const crowdedStatuses: (Status | undefined)[] = [
	'new', 'under-negotiation', 'rejected', undefined, 'restated',
	'under-negotiation', 'accepted', 'withdrawn', undefined, 'restated',
	'under-negotiation', 'rejected', 'new', undefined, 'under-negotiation',
	'accepted', 'met', undefined, 'restated', 'under-negotiation',
	'rejected', undefined, 'restated', 'under-negotiation', 'accepted',
]; // prettier-ignore

/** The second demand's status: ten changes, two of them on consecutive days. */
const longNamesStatuses: (Status | undefined)[] = [
	undefined, undefined, undefined, undefined, undefined,
	'new', 'under-negotiation', undefined, undefined, 'rejected',
	undefined, 'restated', 'under-negotiation', undefined, undefined,
	'accepted', undefined, 'withdrawn', undefined, 'new',
	undefined, undefined, 'under-negotiation', undefined, 'met',
]; // prettier-ignore

const stanceCycle: Stance[] = ['opposes', 'mixed', 'supports', 'no-response', 'unclear'];

const yaml = (value: string) => JSON.stringify(value);

interface Position {
	actor: string;
	stance: Stance;
}

/**
 * The articles in which party `p` of `count` states a stance, in order: four
 * (every tenth party six), spread over the 25 articles and each a change.
 */
function stancesOf(p: number, count: number, articles: number): { article: number; stance: Stance }[] {
	const changes = p % 10 === 0 ? 6 : 4;
	const first = Math.floor((p * articles) / count) % Math.ceil(articles / 3);
	const step = Math.max(1, Math.floor((articles - 3 - first) / (changes - 1)));
	const chosen = [...new Set(Array.from({ length: changes }, (_, k) => Math.min(articles - 1, first + k * step + (p % 3))))];
	return chosen.map((article, k) => ({ article, stance: stanceCycle[(p + k) % stanceCycle.length]! }));
}

/** Writes the newsroom's content folder (articles/, actors/, demands/, sources/, topics/) into `dir`, replacing it. */
export function writeCrowdedDemand(dir: string) {
	rmSync(dir, { recursive: true, force: true });
	const write = (collection: string, id: string, text: string) => {
		mkdirSync(path.join(dir, collection), { recursive: true });
		writeFileSync(path.join(dir, collection, `${id}.md`), text);
	};

	const parties = partyNames.slice(0, crowdedParties).map((name) => ({ id: slugify(name), name }));
	const longParties = longNames.map((name) => ({ id: slugify(name), name }));
	for (const actor of [maker, ...parties, ...longParties]) {
		write('actors', actor.id, `---\nname: ${yaml(actor.name)}\nkind: organization\n---\n`);
	}
	write('sources', 'coast-wire', '---\nname: Coast Wire\nkind: wire-service\nurl: https://coastwire.example.com\n---\n');
	write('topics', 'ports', '---\ntitle: Ports\nkind: theme\n---\n');
	write(
		'demands',
		crowdedDemandId,
		`---\ntitle: Every port on the coast must adopt the shared safety code\nby: ${maker.id}\naddressedTo: [${parties
			.slice(0, crowdedAddressees)
			.map((party) => party.id)
			.join(', ')}]\ntopics: [ports]\nfirstRaised: 2016-03-14\nsummary: The federation wants one code for loading, pilots and night work in every port.\n---\n`,
	);
	write(
		'demands',
		longNamesDemandId,
		`---\ntitle: The ban on night shipping must be lifted\nby: ${maker.id}\naddressedTo: [${longParties[2]!.id}]\ntopics: [ports]\nfirstRaised: 2023-12-01\n---\n`,
	);

	const byArticle = (list: { id: string }[]) => {
		const positions: Position[][] = days.map(() => []);
		list.forEach((party, p) => {
			for (const { article, stance } of stancesOf(p, list.length, days.length)) positions[article]!.push({ actor: party.id, stance });
		});
		return positions;
	};
	const crowded = byArticle(parties);
	const long = byArticle(longParties);
	const entry = (demand: string, status: Status | undefined, positions: Position[]) =>
		status || positions.length > 0
			? [
					`  - demand: ${demand}`,
					...(status ? [`    status: ${status}`] : []),
					...(positions.length > 0 ? ['    positions:'] : []),
					...positions.flatMap((position) => [`      - actor: ${position.actor}`, `        stance: ${position.stance}`, '        cite: wire']),
				]
			: [];
	days.forEach((day, i) => {
		const cast = [...new Set([maker.id, ...crowded[i]!.map((p) => p.actor), ...long[i]!.map((p) => p.actor)])];
		const front = [
			'---',
			`title: "Ports and the safety code, report ${i + 1}"`,
			`summary: "Where the harbours stand on the federation’s demands, as of report ${i + 1}."`,
			`published: ${day}`,
			'byline: Harbour desk',
			'topics: [ports]',
			`actors: [${cast.join(', ')}]`,
			'demands:',
			...entry(crowdedDemandId, crowdedStatuses[i], crowded[i]!),
			...entry(longNamesDemandId, longNamesStatuses[i], long[i]!),
			'sources:',
			'  - key: wire',
			'    source: coast-wire',
			`    title: "Harbour round-up ${i + 1}"`,
			`    url: https://coastwire.example.com/${day}/ports`,
			'---',
		];
		write('articles', `${day}-ports-report-${i + 1}`, `${front.join('\n')}\nThe federation restated its demands to every port on the coast [@wire].\n`);
	});
}

if (import.meta.main) {
	const dir = process.argv[2];
	if (!dir) throw new Error('Usage: node test/helpers/crowded-demand.ts <content folder>');
	writeCrowdedDemand(path.resolve(dir));
	console.log(`Wrote a demand with ${crowdedParties} parties to ${dir}`);
}

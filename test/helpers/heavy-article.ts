/**
 * Worst cases for the top of an article page, added to a copy of the fixture
 * newsroom. The heavy article: a long headline and summary, a lead picture
 * with a caption, two corrections, and five demands with six parties each,
 * all with long names and notes. The busy article, whose story must still
 * start on a phone's first screen: a 90-character headline, a 200-character
 * summary, a byline, a correction, and four demands with five parties each,
 * of names two and three words long.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const heavyArticleId = '2024-04-02-summit-every-party';
export const busyArticleId = '2024-04-03-five-parties-four-demands';

const actors = [
	['confederation-of-harbour-municipalities', 'Confederation of Northern Harbour Municipalities'],
	['river-basin-committee', 'International Committee for the Ostmark–Valdoria River Basin'],
	['coastal-affairs-ministry', 'Valdorian Ministry of Coastal and Maritime Affairs'],
	['marguerite-lindqvist', 'Zoë-Marguerite Nørgaard-Lindqvist'],
];
const demands = [
	['fishing-quotas-shared', 'Fishing quotas in the shared estuary must be divided equally between both riverbank states'],
	['observers-admitted', 'International observers must be admitted to every checkpoint along the northern border'],
	['tolls-abolished', 'All tolls on river traffic between the two capitals must be abolished within one year'],
];
const parties = ['valdoria', 'ostmark', 'ligue-des-regions', ...actors.map(([id]) => id!)];
const demandIds = ['border-troops-withdrawn', 'river-treaty-restored', ...demands.map(([id]) => id!)];
const stances = ['supports', 'opposes', 'mixed', 'no-response', 'unclear', 'opposes'];

const write = (file: string, text: string) => {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
};

/** Writes the heavy article and the actors and demands it needs into a content folder. */
export function addHeavyArticle(contentDir: string) {
	for (const [id, name] of actors) write(path.join(contentDir, 'actors', `${id}.md`), `---\nname: "${name}"\nkind: organization\n---\n`);
	for (const [id, title] of demands) {
		write(path.join(contentDir, 'demands', `${id}.md`), `---\ntitle: "${title}"\nby: ostmark\naddressedTo: [valdoria]\n---\n`);
	}
	// Each demand's maker takes no stance on it: the other six parties do.
	const makers = ['valdoria', 'ostmark', ...demands.map(() => 'ostmark')];
	const positions = (d: number) =>
		parties
			.filter((actor) => actor !== makers[d])
			.map(
				(actor, p) =>
					`      - actor: ${actor}\n        stance: ${stances[(p + d) % stances.length]}\n` +
					`        note: "A long qualifier that says on which conditions this party would move, and what it wants in return."\n        cite: wire`,
			)
			.join('\n');
	const entries = demandIds.map((id, d) => `  - demand: ${id}\n    status: under-negotiation\n    positions:\n${positions(d)}`).join('\n');
	const lede = 'The summit ended without a deal [@wire]. Each delegation left with the terms it brought, and a date for the next round.\n\n';
	const body =
		lede +
		Array.from(
			{ length: 4 },
			(_, i) =>
				`## Section ${i + 1} of the summit\n\nEvery delegation spoke at the summit, and each restated what it wants from the others [@wire]. ` +
				'The talks ran late into the night, and no party left with all it came for.\n',
		).join('\n');
	write(
		path.join(contentDir, 'articles', `${heavyArticleId}.md`),
		`---
title: "Every party at the river summit, and what each now says about the five demands on the table"
summary: "Delegations from both riverbank states, the regional league, the harbour towns and the basin committee met for two days. Each restated its terms on the border, the treaty, fishing, observers and tolls."
published: 2024-04-02
byline: Fixture desk
image:
  src: ./ostmark-border-post.jpg
  alt: Two guard huts on the north bank of the river
  caption: The border post where the summit's first session met, seen from the south bank of the river.
  credit: "Drawing: Fixture desk"
actors: [${parties.join(', ')}]
demands:
${entries}
sources:
  - key: wire
    source: wire-one
    title: Summit ends without agreement
    url: https://wire.example.com/2024/04/summit
corrections:
  - date: 2024-04-03
    text: An earlier version gave the wrong city for the summit.
  - date: 2024-04-04
    text: An earlier version left out the basin committee's delegation.
---
${body}`,
	);
}

/** Parties of two- and three-word names, and the demands of the heavy article they take stances on. */
const busyParties = [
	['northern-harbour-towns', 'Northern Harbour Towns'],
	['basin-committee', 'Basin Committee'],
	['coastal-affairs-office', 'Coastal Affairs Office'],
	['fishing-league', 'Fishing League'],
	['border-guard-union', 'Border Guard Union'],
];
const busyDemands = ['border-troops-withdrawn', ...demands.map(([id]) => id!)];

/** Writes the busy article and the parties it needs; the demands are the heavy article's, so that one goes first. */
export function addBusyArticle(contentDir: string) {
	for (const [id, name] of busyParties) write(path.join(contentDir, 'actors', `${id}.md`), `---\nname: "${name}"\nkind: organization\n---\n`);
	const entries = busyDemands
		.map(
			(id, d) =>
				`  - demand: ${id}\n    status: under-negotiation\n    positions:\n` +
				busyParties.map(([actor], p) => `      - actor: ${actor}\n        stance: ${stances[(p + d) % stances.length]}\n        cite: wire`).join('\n'),
		)
		.join('\n');
	const title = 'Five parties, four demands: where each side at the river talks stands, and what it wants';
	const summary =
		'The harbour towns, the basin committee, the coastal office, the fishing league and the border guards each answered the four demands on the table; ' +
		'none of them accepted all four, and two rejected all of them.';
	write(
		path.join(contentDir, 'articles', `${busyArticleId}.md`),
		`---
title: "${title}"
summary: "${summary}"
published: 2024-04-03
byline: Fixture desk
actors: [${busyParties.map(([id]) => id).join(', ')}]
demands:
${entries}
sources:
  - key: wire
    source: wire-one
    title: Five parties answer the summit's demands
    url: https://wire.example.com/2024/04/answers
corrections:
  - date: 2024-04-04
    text: An earlier version misnamed the fishing league.
---
Five parties answered the four demands on the table before the next round of talks [@wire]. None of them accepted all four.

## What each party said

The harbour towns and the fishing league spoke first, and the border guards last [@wire].
`,
	);
}

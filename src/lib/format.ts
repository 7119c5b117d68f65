/** Words and shapes for the values readers see. */
import type { ActorData, Citation, Stance, Status } from './schemas.ts';

/** Statuses in plain words, as a reader would say them. */
export const statusLabel: Record<Status, string> = {
	new: 'Newly made',
	restated: 'Made again',
	'under-negotiation': 'Being negotiated',
	accepted: 'Accepted',
	rejected: 'Rejected',
	withdrawn: 'Dropped',
	met: 'Met',
};

/** What each status means, for the glossary and the hover text of a status. */
export const statusMeaning: Record<Status, string> = {
	new: 'The demand is made for the first time.',
	restated: 'The demand is made again, unchanged.',
	'under-negotiation': 'The parties are discussing it.',
	accepted: 'The party it is put to has agreed to it.',
	rejected: 'The party it is put to has turned it down.',
	withdrawn: 'The party making it has dropped it.',
	met: 'It has been fulfilled.',
};

/** Each stance has a label and a shape, so it never depends on colour alone. */
export const stanceLabel: Record<Stance, { text: string; shape: string; meaning: string }> = {
	supports: { text: 'Supports', shape: '✓', meaning: 'backs the demand' },
	opposes: { text: 'Opposes', shape: '✕', meaning: 'is against it' },
	mixed: { text: 'Mixed', shape: '◐', meaning: 'backs part of it, or only on conditions' },
	'no-response': { text: 'No response', shape: '○', meaning: 'has not answered in public' },
	unclear: { text: 'Unclear', shape: '?', meaning: 'cannot be told from the reporting' },
};

export const actorKindLabel: Record<ActorData['kind'], string> = {
	country: 'Country',
	government: 'Government',
	alliance: 'Alliance',
	organization: 'Organization',
	person: 'Person',
	group: 'Group',
};

/** How a cited report attributes its information, as the Sources list says it. */
export const attributionLabel: Record<NonNullable<Citation['attribution']>, string> = {
	named: 'Named sources',
	anonymous: 'Anonymous sources',
	official: 'Official statement',
	document: 'Document',
};

const pluralRules = new Intl.PluralRules('en');

/** Every counted noun, in each plural form the language has, so no plural is made by adding "s". */
const nouns = {
	explainer: { one: 'explainer', other: 'explainers' },
	demand: { one: 'demand', other: 'demands' },
	party: { one: 'party', other: 'parties' },
	day: { one: 'day', other: 'days' },
	problem: { one: 'problem', other: 'problems' },
	file: { one: 'file', other: 'files' },
	warning: { one: 'warning', other: 'warnings' },
	page: { one: 'page', other: 'pages' },
	feed: { one: 'feed', other: 'feeds' },
	Correction: { one: 'Correction', other: 'Corrections' },
	row: { one: 'row', other: 'rows' },
	actor: { one: 'actor', other: 'actors' },
	source: { one: 'source', other: 'sources' },
	topic: { one: 'topic', other: 'topics' },
	edge: { one: 'edge', other: 'edges' },
} satisfies Record<string, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

export type Noun = keyof typeof nouns;

/** The noun in the form a count takes: "explainer" for 1, "explainers" for 3. */
export const nounFor = (n: number, noun: Noun): string =>
	(nouns[noun] as Partial<Record<Intl.LDMLPluralRule, string>>)[pluralRules.select(n)] ?? nouns[noun].other;

/** "1 explainer", "3 explainers". */
export const countOf = (n: number, noun: Noun) => `${n} ${nounFor(n, noun)}`;

/** Words and shapes for the values readers see. */
import type { ActorData, Citation, Stance, Status } from './schemas.ts';

export const statusLabel: Record<Status, string> = {
	new: 'New',
	restated: 'Restated',
	'under-negotiation': 'Under negotiation',
	accepted: 'Accepted',
	rejected: 'Rejected',
	withdrawn: 'Withdrawn',
	met: 'Met',
};

/** Each stance has a label and a shape, so it never depends on colour alone. */
export const stanceLabel: Record<Stance, { text: string; shape: string }> = {
	supports: { text: 'Supports', shape: '✓' },
	opposes: { text: 'Opposes', shape: '✕' },
	mixed: { text: 'Mixed', shape: '◐' },
	'no-response': { text: 'No response', shape: '○' },
	unclear: { text: 'Unclear', shape: '?' },
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
} satisfies Record<string, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

export type Noun = keyof typeof nouns;

/** The noun in the form a count takes: "explainer" for 1, "explainers" for 3. */
export const nounFor = (n: number, noun: Noun): string =>
	(nouns[noun] as Partial<Record<Intl.LDMLPluralRule, string>>)[pluralRules.select(n)] ?? nouns[noun].other;

/** "1 explainer", "3 explainers". */
export const countOf = (n: number, noun: Noun) => `${n} ${nounFor(n, noun)}`;

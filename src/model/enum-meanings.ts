/**
 * What each value of each enum in the schemas means, in the editors' words of docs/content-model.md (a test
 * holds the two to the same sentences): forms built from the schemas show these beside the values.
 */
import { actorKinds, attributions, bylineKinds, sourceKinds, stances, statuses, topicKinds } from './schemas.ts';

type Meanings<Values extends readonly string[]> = { readonly [Value in Values[number]]: string };

const stanceMeanings: Meanings<typeof stances> = {
	supports: 'the party backs the demand',
	opposes: 'the party is against it',
	mixed: 'the party backs part of it, or backs it only on conditions',
	'no-response': 'the party has not answered in public',
	unclear: "the party's stance cannot be told from the reporting",
};

const statusMeanings: Meanings<typeof statuses> = {
	new: 'the demand is put forward',
	restated: 'the demand is made again, unchanged',
	'under-negotiation': 'the sides are discussing it',
	accepted: 'the side it is put to has agreed to it',
	rejected: 'the side it is put to has turned it down',
	withdrawn: 'the side making it has dropped it',
	met: 'it has been fulfilled',
};

const attributionMeanings: Meanings<typeof attributions> = {
	named: 'the report names the people it quotes',
	anonymous: 'the report relies on people it does not name',
	official: 'the report rests on an official statement',
	document: 'the report rests on a document',
};

const actorKindMeanings: Meanings<typeof actorKinds> = {
	country: 'a state as a whole (Russia, Ukraine)',
	government: 'a particular government or administration',
	alliance: 'an alliance of states (NATO)',
	organization: 'an organization such as an international body, company or charity',
	person: 'one person',
	group: 'a looser group: a movement, an armed group, a coalition',
};

const sourceKindMeanings: Meanings<typeof sourceKinds> = {
	'wire-service': 'a news agency (Reuters, AP, AFP)',
	newspaper: 'a newspaper, in print or online',
	broadcaster: 'a television or radio broadcaster',
	magazine: 'a magazine',
	government: 'a government body speaking for itself, such as a ministry',
	'international-organization': 'an international body, such as the UN',
	'think-tank': 'a research institute or think tank',
	other: 'anything else',
};

const topicKindMeanings: Meanings<typeof topicKinds> = {
	theme: 'a subject that runs through the coverage (NATO enlargement)',
	place: 'a place (Crimea, Kherson)',
	event: 'an event (the Jeddah talks)',
};

const bylineKindMeanings: Meanings<typeof bylineKinds> = {
	desk: 'the byline names a desk of the newsroom',
	person: 'the byline names a person',
};

/** Every enum's meanings; no two enums have the same values, so the values tell which enum a field has. */
export const enumMeanings: readonly Readonly<Record<string, string>>[] = [
	stanceMeanings,
	statusMeanings,
	attributionMeanings,
	actorKindMeanings,
	sourceKindMeanings,
	topicKindMeanings,
	bylineKindMeanings,
];

/** The meanings of the enum with exactly these values, or undefined for an enum this module does not know. */
export function meaningsOf(values: readonly string[]): Readonly<Record<string, string>> | undefined {
	return enumMeanings.find((meanings) => {
		const keys = Object.keys(meanings);
		return keys.length === values.length && values.every((value) => Object.hasOwn(meanings, value));
	});
}

/** The interface in American English: the British catalogue with the words American English spells otherwise. */
import type { Catalogue } from '../catalogue.ts';
import en from './en.ts';

export default {
	...en,
	actorKinds: { ...en.actorKinds, organization: 'Organization' },
	kinds: {
		...en.kinds,
		actors: { ...en.kinds.actors, indexDescription: 'Every country, government, alliance, organization, person and group in our explainers.' },
	},
	data: { ...en.data, licenceTitle: 'License and how to cite' },
	dataFields: { ...en.dataFields, envelope: { ...en.dataFields.envelope, licence: 'The license of the data: its name and the address of its text.' } },
} satisfies Catalogue;

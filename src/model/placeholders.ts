/**
 * What `npm run new` and `npm run import` write for an editor to replace, in one place: the scripts write these
 * texts and the content check looks for them in what is published (check/rules/readiness.ts), so the two cannot
 * drift apart.
 */

/** The summary of a new article (`npm run new -- article`). */
export const newSummaryPlaceholder = 'TODO: one or two sentences readers see in lists and feeds.';

/** The body of a new article. */
export const newArticleBodyPlaceholder =
	'TODO: write the explainer here, in Markdown. Start each section with a `##` heading; cite a report listed under `sources` with `[@its-key]`.';

/** The body of a new actor, demand, source or topic: they are always published, so it is replaced or deleted. */
export const newEntityBodyPlaceholder = 'TODO: optional background in Markdown, shown on the page. Delete this line if there is none.';

/** The summary of an imported wire story whose first sentence does not fit one. */
export const wireSummaryPlaceholder = 'TO WRITE: one or two sentences for lists and feeds, at most 320 characters.';

/** The notes block of an imported wire story: an HTML comment opening with this line. */
export const wireNotesHeading = 'WIRE COPY TO REWRITE. DO NOT PUBLISH IT AS IS.';

/** The lines around the agency's story, as it came, inside the notes block. */
export const wireCopyMarkers = { start: '----- WIRE COPY -----', end: '----- END OF WIRE COPY -----' } as const;

/** Every placeholder text a script writes into a field or a body, and the script. */
export const scriptPlaceholders = [
	...[newSummaryPlaceholder, newArticleBodyPlaceholder, newEntityBodyPlaceholder].map((text) => ({ text, script: 'npm run new' })),
	{ text: wireSummaryPlaceholder, script: 'npm run import' },
] as const;

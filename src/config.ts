/** Site-wide settings a newsroom changes once. The site URL lives in astro.config.mjs (SITE_URL). */
export const site = {
	title: 'Dossier',
	description: 'Explainers on who demands what of whom, where each side stands, and who reported it.',
	lang: 'en',
	/** The IANA time zone of dates written without an offset (`2025-03-13`), and of "today" in new files. */
	timeZone: 'UTC',
};

/** Site-wide settings a newsroom changes once. */
export const site = {
	/** The site's public address, for feeds and canonical links; each deployment may set its own with SITE_URL. */
	url: process.env.SITE_URL ?? 'https://dossier.example.org',
	title: 'Dossier',
	description: 'Explainers on who demands what of whom, where each side stands, and who reported it.',
	lang: 'en',
	/** The IANA time zone of dates written without an offset (`2025-03-13`), and of "today" in new files. */
	timeZone: 'UTC',
};

/** Site-wide settings a newsroom changes once. */
export const site = {
	/** The site's public address, for feeds and canonical links; each deployment may set its own with SITE_URL. */
	url: process.env.SITE_URL ?? 'https://dossier.example.org',
	title: 'Dossier',
	description: 'Explainers on who demands what of whom, where each side stands, and who reported it.',
	lang: 'en',
	/** The IANA time zone of dates written without an offset (`2025-03-13`), and of "today" in new files. */
	timeZone: 'UTC',
	/**
	 * The licence of the open data under /data/: the newsroom's choice. CC BY 4.0 lets anyone reuse the data with
	 * credit; change both fields together if the newsroom chooses another.
	 */
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** Site-wide settings a newsroom changes once. */

/** A picture in public/, by its path from the site's root, with its size in pixels. */
export interface SitePicture {
	src: string;
	width: number;
	height: number;
}

export const site = {
	/** The site's public address, for feeds and canonical links; each deployment may set its own with SITE_URL. */
	url: process.env.SITE_URL ?? 'https://dossier.example.org',
	title: 'Dossier',
	description: 'Explainers on who demands what of whom, where each side stands, and who reported it.',
	lang: 'en',
	/** The IANA time zone of dates written without an offset (`2025-03-13`), and of "today" in new files. */
	timeZone: 'UTC',
	/**
	 * Who publishes the site, as search engines name it: the author of every
	 * article without a byline, and the publisher of all. `url` is the site's
	 * address unless set; `logo` is a square picture in public/, at least 112 px.
	 */
	publisher: {
		name: 'Dossier',
		url: undefined as string | undefined,
		logo: { src: '/logo.png', width: 512, height: 512 } satisfies SitePicture,
	},
	/**
	 * The picture shared for pages and articles without one of their own (1200 × 630 px,
	 * in public/). Without it, an article with no lead picture offers search
	 * engines the publisher's logo.
	 */
	shareImage: undefined as SitePicture | undefined,
};

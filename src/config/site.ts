import { type Direction, directionOf, localeFrom, timeZoneFrom } from './locale.ts';
import { schemeAtStart } from './url-scheme.ts';

/** The address builds use when none is set: a domain no newsroom owns, so every build that falls back to it says so. */
export const placeholderUrl = 'https://dossier.example.org';

/**
 * The site's public address, from SITE_URL or, failing that, the value here.
 * Canonical links, sharing cards, feeds, the sitemap and robots.txt all derive
 * from this one setting. It must be an absolute http(s) address.
 */
export function siteUrlFrom(value = process.env.SITE_URL || placeholderUrl): string {
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || !/^https?:$/.test(url.protocol)) {
		throw new Error(`SITE_URL must be the site's absolute address, such as https://explainers.example.com, not "${value}".`);
	}
	return url.href.replace(/\/$/, '');
}

/**
 * The path the site is served under, from BASE_PATH: '/' at the root of a
 * domain, '/dossier/' for a GitHub Pages project site. Always begins and
 * ends with a slash.
 */
export function basePathFrom(value = process.env.BASE_PATH || '/'): string {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	if (/[?#\s\\]|^\.\.?$|\/\.\.?(\/|$)|^\.\.?\//.test(trimmed) || schemeAtStart.test(trimmed)) {
		throw new Error(`BASE_PATH must be a path such as /dossier/, not "${value}".`);
	}
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The moment a build publishes at, from BUILD_TIME (an ISO date-time with its offset, such as
 * 2027-01-15T09:00:00+01:00), so that tests and CI can fix "now"; undefined without it, when builds read the clock.
 */
export function buildTimeFrom(value = process.env.BUILD_TIME): Date | undefined {
	if (!value) return undefined;
	// An offset is required: a date-time without one would mean another moment on every machine.
	const time = /^\d{4}-\d{2}-\d{2}T.+(?:Z|[+-]\d{2}:\d{2})$/.test(value.trim()) ? new Date(value.trim()) : undefined;
	if (!time || Number.isNaN(time.getTime())) {
		throw new Error(`BUILD_TIME must be a date-time with its offset, such as 2027-01-15T09:00:00+01:00 or 2027-01-15T08:00:00Z, not "${value}".`);
	}
	return time;
}

/** A picture in public/, by its path from the site's root, with its size in pixels. */
export interface SitePicture {
	src: string;
	width: number;
	height: number;
}

const locale = localeFrom(process.env.SITE_LOCALE || 'en-GB');

/** Site-wide settings a newsroom changes once. */
export const site = {
	/** The site's public address; each deployment may set its own with SITE_URL (see siteUrlFrom above). */
	url: siteUrlFrom(),
	/** The path the site is served under ('/' unless BASE_PATH says otherwise; see basePathFrom above). */
	base: basePathFrom(),
	title: 'Dossier',
	/** The line under the site's name in search results and the footer; the interface language's own line when left out. */
	description: undefined as string | undefined,
	/**
	 * The language of the site and its interface, as a BCP 47 tag (`en-GB`, `pl`, `ar`, `ar-u-nu-arab` for Arabic-Indic
	 * digits); each deployment may set its own with SITE_LOCALE. It needs a catalogue in src/i18n/locales/.
	 */
	locale,
	/** Which way the text runs: the locale's own direction unless set here. */
	direction: directionOf(locale) as Direction,
	/**
	 * The IANA time zone of dates written without an offset (`2025-03-13`), and of "today" in new files; SITE_TIMEZONE
	 * sets it per deployment. A date with a time and an offset is shown on its own calendar day whatever this says.
	 */
	timeZone: timeZoneFrom(process.env.SITE_TIMEZONE || 'UTC'),
	/**
	 * "Now" for scheduled publishing (src/model/publishing.ts), fixed by BUILD_TIME for tests and CI; without it, each
	 * content check reads the clock.
	 */
	buildTime: buildTimeFrom(),
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
	 * in public/). Without it, they share a card drawn at build from the site's
	 * title and description.
	 */
	shareImage: undefined as SitePicture | undefined,
	/**
	 * A card per explainer without a lead picture (its headline, dek, date and the site's name, 1200 × 630 px,
	 * drawn at build), shared instead of the site's picture. Off unless CARDS=1: drawing them adds 20 to 45 %
	 * to a cold build (BENCHMARKS.md); later builds draw only new or changed cards.
	 */
	cards: process.env.CARDS === '1',
	/**
	 * Whether the feed of each actor, demand, source and topic carries every article's full text, as the site's feed
	 * does. Off, their items carry the summary and what the article reports about that entity (its status, stances,
	 * positions or citations), with a link to the article. On, each article's full text is written again in every one
	 * of those feeds it appears in: at 10,000 explainers the output grows from about 0.98 GB to 1.79 GB, over GitHub
	 * Pages' 1 GB, and the build takes a few per cent more CPU (BENCHMARKS.md, "Lean entity feeds").
	 */
	fullTextEntityFeeds: false,
	/**
	 * The licence of the open data under /data/: the newsroom's choice. CC BY 4.0 lets anyone reuse the data with
	 * credit; change both fields together if the newsroom chooses another.
	 */
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** Whether this build points canonicals, feeds, the sitemap and cards at the placeholder address. */
export const usesPlaceholderUrl = (url: string | URL = site.url) => new URL(url).origin === new URL(placeholderUrl).origin;

/**
 * A quiet build: `npm run build` (scripts/build.ts) sets Astro's log level to
 * warnings, since a line per page would bury what matters, and this prints a
 * line per phase and a summary instead. The summary ends with a warning when
 * the site's address is still the placeholder, which every canonical link,
 * feed, sitemap entry and sharing card would then point at.
 */
import type { AstroIntegration } from 'astro';
import { placeholderUrl, usesPlaceholderUrl } from '../config/site.ts';
import { nounCount } from '../check/english-counts.ts';

/** What the summary says when the site's address is the placeholder, and how to fix it. */
export const placeholderWarning = [
	`Warning: the site's address is the placeholder ${placeholderUrl}, a domain you do not own.`,
	'  Canonical links, sharing cards, feeds, the sitemap and robots.txt in this build all point there.',
	'  Fix: set SITE_URL (SITE_URL=https://explainers.example.com npm run build) or site.url in src/config/site.ts, then build again.',
].join('\n');

export default function buildLog(): AstroIntegration {
	let site: string | undefined;
	let redirects = 0;
	return {
		name: 'dossier:build-log',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				redirects = Object.keys(config.redirects).length;
			},
			'astro:build:start': () => console.log('Building: collections loaded, pages next…'),
			'astro:build:done': ({ assets }) => {
				// What Astro wrote, from its own list: walking an output of tens of thousands of files took half a second.
				const files = [...assets.values()].flat().map((file) => file.pathname);
				// A redirect page (at a renamed file's old address) is no page a reader reads: counted apart.
				const pages = files.filter((file) => file.endsWith('.html')).length - redirects;
				const feeds = files.filter((file) => file.endsWith('rss.xml')).length;
				const built = [nounCount(pages, 'page'), nounCount(feeds, 'feed'), ...(redirects ? [nounCount(redirects, 'redirect')] : [])];
				// Counted from the start of the process, as an editor's clock counts: Astro's own start-up and the content check are part of the wait.
				const seconds = (performance.now() / 1000).toFixed(1);
				console.log(`Built ${built.slice(0, -1).join(', ')} and ${built.at(-1)} in ${seconds} s.`);
				if (!site || usesPlaceholderUrl(site)) console.warn(`\n${placeholderWarning}`);
			},
		},
	};
}

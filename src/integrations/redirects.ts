/**
 * Redirects from the old addresses of renamed files (their `formerIds`), as the content check read them
 * (src/check/handover.ts): given to Astro as its `redirects`, for which a static build writes a page at each old
 * page and feed (src/pages/3xx.astro, in no sitemap, search index or feed), and written for the hosts that answer
 * with a 301 (src/outputs/host-redirects.ts): `_redirects` and the nginx map, into the staged output.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { withBase } from '../config/base-path.ts';
import { currentHandover } from '../check/handover.ts';
import { type Redirect, redirectsOf } from '../model/redirects.ts';
import { nginxMapFile, nginxRedirectMap, redirectsFile } from '../outputs/host-redirects.ts';

/** The redirects, once the content check has read the files: list it after the check. */
export default function redirects(): AstroIntegration {
	let list: Redirect[] = [];
	return {
		name: 'dossier:redirects',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				list = redirectsOf(currentHandover().renames());
				// Astro matches the old address under the base path, and leads to the new one as written.
				updateConfig({ redirects: Object.fromEntries(list.map(({ from, to }) => [from, withBase(to)])) });
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_redirects', dir), redirectsFile(list));
				writeFileSync(new URL(nginxMapFile, dir), nginxRedirectMap(list));
			},
		},
	};
}

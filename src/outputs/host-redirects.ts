/**
 * The redirects of renamed files (model/redirects.ts) for hosts that answer with a real 301: the build writes them as
 * `_redirects` (the syntax Netlify and Cloudflare Pages read) and as the entries of an nginx map, which
 * deploy/nginx-redirects.conf includes and deploy/nginx.conf answers by (docs/deploy.md). The redirect pages the build
 * writes at each old page and feed serve hosts that read neither.
 */
import { withBase } from '../config/base-path.ts';
import type { Redirect } from '../model/redirects.ts';

/** The file of nginx map entries, in the built site; deploy/nginx.conf refuses it to readers, as it does `_headers`. */
export const nginxMapFile = '_redirects.nginx';

/** An address as it goes into a host's file: under the base path, and in the form a request line carries it (percent-encoded). */
const address = (path: string) => encodeURI(withBase(path));

/**
 * `_redirects`: each old page and feed, then everything below each old page by a splat (`/old/*` to `/new/:splat`),
 * which covers its later pages and lists. Cloudflare Pages wants the rules without a splat first.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
	return [
		'# Written by the build (src/outputs/host-redirects.ts) from the formerIds of renamed files; see docs/deploy.md.',
		...redirects.map(({ from, to }) => `${address(from)} ${address(to)} 301`),
		...redirects.filter(({ page }) => page).map(({ from, to }) => `${address(from)}* ${address(to)}:splat 301`),
		'',
	].join('\n');
}

/** A text matched as itself in a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The map's entries: an old page and everything below it (its feed, later pages and lists) by one regular expression,
 * matched against nginx's `$uri` (decoded: an id in any script is written as itself), each leading to the same place
 * below the page now; the page's address without its slash leads to the new page in one step.
 */
export function nginxRedirectMap(redirects: readonly Redirect[]): string {
	return [
		'# Written by the build (src/outputs/host-redirects.ts) from the formerIds of renamed files: the entries of the map in deploy/nginx-redirects.conf.',
		...redirects.filter(({ page }) => page).map(({ from, to }) => `"~^${literal(withBase(from).replace(/\/$/, ''))}(?:/(.*))?$" "${address(to)}$1";`),
		'',
	].join('\n');
}

/**
 * The HTTP headers the site needs from its host, said once: the build writes
 * them as a `_headers` file (the syntax Netlify and Cloudflare Pages read), and
 * deploy/nginx.conf sets the same values (docs/deploy.md; a test checks both).
 *
 * A `<meta>` Content-Security-Policy cannot say who may frame the page
 * (frame-ancestors) and no `<meta>` can set X-Content-Type-Options: only a
 * header can. Feeds need their type and charset said: served as text/xml with no
 * charset (nginx's default for .xml), readers take a non-ASCII feed as US-ASCII.
 */
import { entityFeedUrl, entityKindList } from '../model/entities.ts';
import { withBase } from '../config/base-path.ts';
import { searchBundleDir, urls } from '../model/urls.ts';

/** Sent with every response, error pages included. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	// Only what a <meta> policy cannot say; the page's own policy (astro.config.mjs) says the rest.
	'Content-Security-Policy': "frame-ancestors 'none'",
	'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The type every RSS feed is served as. */
export const feedContentType = 'application/rss+xml; charset=utf-8';

/** Astro's hashed assets never change under a name; Pagefind's entry file does, so its bundle is revalidated. */
export const cacheHeaders = {
	assets: 'public, max-age=31536000, immutable',
	search: 'no-cache',
};

/** The site's feed, and each entity kind's feeds as one pattern, `*` in place of the id. */
export const feedPatterns = (): string[] => [urls.feed, ...entityKindList.map((kind) => entityFeedUrl(kind, '*'))];

const block = (pattern: string, headers: Record<string, string>) =>
	[pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** The `_headers` file: rules by URL pattern, each with its indented headers; a request gets the headers of every rule it matches. */
export function headersFile(): string {
	return [
		'# Written by the build (src/outputs/http-headers.ts); see docs/deploy.md.',
		block(withBase('/*'), securityHeaders),
		...feedPatterns().map((pattern) => block(pattern, { 'Content-Type': feedContentType })),
		block(withBase('/_astro/*'), { 'Cache-Control': cacheHeaders.assets }),
		block(withBase(`/${searchBundleDir}/*`), { 'Cache-Control': cacheHeaders.search }),
		'',
	].join('\n\n');
}

import type { APIContext } from 'astro';
import { urls } from '../model/urls.ts';

/** robots.txt: everything may be crawled, and the sitemap is at the site's own address. */
export function GET({ site }: APIContext) {
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap, site).href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
}

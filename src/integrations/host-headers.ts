/**
 * Writes `_headers` into the output, for hosts that read one (Netlify,
 * Cloudflare Pages): the security headers a <meta> tag cannot set, the feeds'
 * type and charset, and caching. See src/lib/http-headers.ts and docs/deploy.md.
 *
 * It also refuses a base path: the site's own links, feeds, cards and search
 * are built from the root of the domain, so a build under Astro's `base` would
 * succeed and then break on the host (docs/deploy.md says what breaks).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/http-headers.ts';

/** Why a build with a base path stops. */
export const basePathRefusal = (base: string) =>
	`Dossier cannot be built under a base path yet (base is "${base}"): its links, feeds, sharing cards and search would point outside it. ` +
	'Serve the site at the root of a domain or subdomain, and remove `base` from astro.config.mjs; see docs/deploy.md.';

export default function hostHeaders(): AstroIntegration {
	return {
		name: 'dossier:host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.base.replace(/\/+$/, '') !== '') throw new Error(basePathRefusal(config.base));
			},
			'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
		},
	};
}

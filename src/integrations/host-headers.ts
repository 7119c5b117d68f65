/**
 * Writes `_headers` into the output, for hosts that read one (Netlify,
 * Cloudflare Pages): the security headers a <meta> tag cannot set, the feeds'
 * type and charset, and caching. See src/outputs/http-headers.ts and docs/deploy.md.
 *
 * It also stops a build whose `base` was set in astro.config.mjs by hand rather
 * than with BASE_PATH: the site's own links, feeds, cards and search take the
 * base from BASE_PATH (src/config/site.ts), and would point outside the other one.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { site } from '../config/site.ts';
import { headersFile } from '../outputs/http-headers.ts';

/** Why a build whose base is not BASE_PATH's stops. */
export const basePathMismatch = (base: string) =>
	`The site is built under "${base}", but BASE_PATH says "${site.base}": its links, feeds, sharing cards and search would point outside the base. ` +
	`Set the base path with BASE_PATH (BASE_PATH=${base} npm run build), not in astro.config.mjs; see docs/deploy.md.`;

export default function hostHeaders(): AstroIntegration {
	return {
		name: 'dossier:host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (`${config.base.replace(/\/+$/, '')}/` !== site.base) throw new Error(basePathMismatch(config.base));
			},
			'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
		},
	};
}

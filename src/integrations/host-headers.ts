/**
 * Writes `_headers` into the output, for hosts that read one (Netlify,
 * Cloudflare Pages): the security headers a <meta> tag cannot set, the feeds'
 * type and charset, and caching. See src/lib/http-headers.ts and docs/deploy.md.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/http-headers.ts';

export default function hostHeaders(): AstroIntegration {
	return {
		name: 'dossier:host-headers',
		hooks: {
			'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
		},
	};
}

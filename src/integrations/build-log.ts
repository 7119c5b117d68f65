/**
 * A quiet build: `npm run build` (scripts/build.ts) sets Astro's log level to
 * warnings, since a line per page would bury what matters, and this prints a
 * line per phase and a summary instead.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { countOf } from '../lib/format.ts';

export default function buildLog(): AstroIntegration {
	let started = 0;
	return {
		name: 'dossier:build-log',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') started = performance.now();
			},
			'astro:build:start': () => console.log('Building: collections loaded, pages next…'),
			'astro:build:done': ({ dir }) => {
				const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
				const pages = files.filter((file) => file.endsWith('.html')).length;
				const feeds = files.filter((file) => file.endsWith('.xml')).length;
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				console.log(`Built ${countOf(pages, 'page')} and ${countOf(feeds, 'feed')} in ${seconds} s.`);
			},
		},
	};
}

/**
 * A hash of the code that turns content files into what the site stores (src/lib, the Markdown pipeline and its
 * plugins) and of the locked package versions. Whatever is kept between builds by a file's text alone (Astro's
 * stored entries, the content check's parses) is kept under this hash too, so that changing that code, or
 * upgrading a parser, reads every file again instead of serving what the old code made.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const src = new URL('../', import.meta.url);

export const codeVersion: string = (() => {
	const hash = createHash('sha1');
	for (const folder of ['lib', 'plugins']) {
		const dir = new URL(`${folder}/`, src);
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.ts'))
			.sort()) {
			hash.update(name).update(readFileSync(new URL(name, dir)));
		}
	}
	hash.update(readFileSync(new URL('markdown.ts', src)));
	const lockfile = new URL('../package-lock.json', src);
	if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
	return hash.digest('base64url');
})();

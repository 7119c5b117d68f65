/**
 * Checks a built site the way a link checker would: every internal link and
 * #fragment of every page must land on a file and an element that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readerPages } from './site.ts';

interface Page {
	ids: Set<string>;
	links: string[];
}

/** The ids a page defines and the URLs it links to (a, link, img). */
export function readPage(html: string): Page {
	const page: Page = { ids: new Set(), links: [] };
	visit(fromHtml(html), 'element', (node: Element) => {
		const { id, href, src } = node.properties;
		if (typeof id === 'string') page.ids.add(id);
		for (const url of [href, src]) if (typeof url === 'string') page.links.push(url);
	});
	return page;
}

/** The dist file a site URL is served from: folders serve their index.html. */
function fileFor(dist: string, pathname: string): string {
	const relative = decodeURIComponent(pathname).replace(/^\//, '');
	return path.join(dist, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
}

/**
 * Every internal link in `dist` that points at no file, or at a fragment the target page lacks. With a base
 * path (/dossier/), `dist` is served under it, and a link on the site's host outside it is broken too.
 */
export function brokenLinks(dist: string, site: string, base = '/'): string[] {
	const pages = new Map<string, Page>();
	const pageAt = (file: string) => {
		if (!pages.has(file)) pages.set(file, readPage(readFileSync(file, 'utf8')));
		return pages.get(file)!;
	};
	const broken: string[] = [];
	for (const file of readerPages(dist)) {
		const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, site);
		for (const link of pageAt(path.join(dist, file)).links) {
			const target = new URL(link, pageUrl);
			if (target.origin !== new URL(site).origin) continue;
			if (!target.pathname.startsWith(base)) {
				broken.push(`${file}: ${link} (outside the base path ${base})`);
				continue;
			}
			const targetFile = fileFor(dist, `/${target.pathname.slice(base.length)}`);
			if (!existsSync(targetFile)) broken.push(`${file}: ${link} (no such page)`);
			else if (target.hash && targetFile.endsWith('.html') && !pageAt(targetFile).ids.has(decodeURIComponent(target.hash.slice(1)))) {
				broken.push(`${file}: ${link} (no element with that id)`);
			}
		}
	}
	return broken;
}

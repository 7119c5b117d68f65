/**
 * Links in bodies, checked before the build: a link into the site must reach
 * a page or feed the build writes whenever the linking page is on the site (not
 * a draft, nor an article scheduled for later, from a published page), and a
 * link may use only http, https or mailto, which the sanitiser would otherwise
 * drop without a word, and a link to the preview on the editor's machine would reach no reader.
 */
import type { Link, Definition, Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { type EntityKind, entityKinds, entityPath, isEntityKind } from '../../model/entities.ts';
import type { Renames } from '../../model/former-ids.ts';
import { listPageSize, pageSize } from '../../model/paginate.ts';
import { previewPath } from '../../model/preview-addresses.ts';
import type { Problem } from '../problems.ts';
import type { CollectionName } from '../../model/schemas.ts';
import { suggestion } from '../../model/suggest.ts';
import { linkSchemes, linkSchemesInWords, schemeOf } from '../../model/url-schemes.ts';
import { withoutBase } from '../../config/base-path.ts';
import { dataFiles, paths } from '../../model/urls.ts';
import { isPublished, momentInWords, publicationOf, publicFrom, type PublicationDates } from '../../model/publishing.ts';
import { bodyTree, htmlTree } from '../body-tree.ts';

/** What the build will write, as far as links need to know. */
export interface SiteMap {
	/** Every actor, demand, source and topic id. */
	ids: { readonly [Kind in EntityKind]: ReadonlySet<string> };
	/** The ids files had before they were renamed, with each file's id now: the old addresses redirect, so a link to one is only warned of. */
	renamed?: Renames;
	/** Every article id, with its date of publication and whether it is a draft. */
	articles: ReadonlyMap<string, PublicationDates>;
	/** The moment the check judges what is published at. */
	now: Date;
	/** Files served as they are (public/), by path: /favicon.svg. */
	publicFiles: ReadonlySet<string>;
	/** The site's own address, so absolute links to it are checked too. */
	site?: URL;
}

export interface BodyLink {
	href: string;
	/** The body's line it is on (1-based). */
	line: number;
}

/** Every link in a Markdown body, raw HTML links included, with its line. */
export function bodyLinks(body: string): BodyLink[] {
	if (!/[[<]|https?:/i.test(body)) return [];
	const tree = bodyTree(body);
	const links: BodyLink[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'link' || node.type === 'definition') links.push({ href: (node as Link | Definition).url, line });
		if (node.type === 'html') {
			visit(htmlTree(node as Html), 'element', (element) => {
				const href = element.properties.href;
				if (element.tagName === 'a' && typeof href === 'string') links.push({ href, line });
			});
		}
	});
	return links;
}

/** The last page of a list of `count` items, `size` to a page. */
const pagesOf = (count: number, size = pageSize) => Math.max(1, Math.ceil(count / size));

/** What is wrong with a link from a page (`from`, with the dates that say when it is published), or undefined when it is fine. */
export function linkProblem(href: string, from: PublicationDates, site: SiteMap): Omit<Problem, 'file'> | undefined {
	const scheme = schemeOf(href);
	if (scheme && !linkSchemes.includes(scheme)) {
		return {
			message: `links to "${href}", a ${scheme}: address; links may only use ${linkSchemesInWords}, and this one would be removed`,
			fix: 'link to a web address (https://…) or remove the link',
		};
	}
	// Read against a host that is no one's machine, so that only an address naming one (`//localhost:4321/…` too) is local.
	const parsed = URL.parse(href, 'http://link.invalid/');
	const local = parsed ? previewPath(parsed, site.site) : undefined;
	if (local !== undefined) {
		return {
			message: 'is an address on your own machine (the preview), which readers cannot reach',
			fix: `write the address from the site's root: ${local}`,
		};
	}
	if (href.startsWith('#') || href.startsWith('//') || href === '') return undefined;
	let path: string;
	if (scheme) {
		const url = URL.parse(href);
		if (!site.site || !url || scheme === 'mailto' || url.origin !== site.site.origin) return undefined;
		path = withoutBase(url.pathname);
	} else if (href.startsWith('/')) {
		path = href.split(/[?#]/, 1)[0]!;
	} else {
		return {
			message: `"${href}" is a relative link, which points elsewhere from feeds and other pages`,
			fix: `write it from the site's root, e.g. /${href.replace(/^(\.\.?\/)+/, '')}`,
		};
	}
	return pathProblem(decodePath(path), from, site);
}

const decodePath = (path: string) => {
	try {
		return decodeURIComponent(path).normalize('NFC');
	} catch {
		return path;
	}
};

function pathProblem(path: string, from: PublicationDates, site: SiteMap): Omit<Problem, 'file'> | undefined {
	const fixedPages = [paths.home, paths.feed, paths.corrections, paths.articles, paths.data, ...dataFiles.map(paths.dataFile)];
	if (fixedPages.includes(path) || site.publicFiles.has(path)) return undefined;
	const segments = path.split('/').slice(1);
	if (segments.at(-1) !== '' && !/\.\w+$/.test(path)) return { message: `links to ${path}, but page addresses end with /`, fix: `write ${path}/` };
	const [first = '', second = '', third = '', fourth = ''] = segments;
	const published = [...site.articles.values()].filter((article) => isPublished(article, site.now)).length;
	const pageOk = (n: string, last: number) => /^\d+$/.test(n) && Number(n) >= 2 && Number(n) <= last;
	if (first === 'page' && pageOk(second, pagesOf(published, listPageSize.home)) && third === '') return undefined;
	if (first === 'articles' && second === 'page' && pageOk(third, pagesOf(published, listPageSize.articles)) && fourth === '') return undefined;
	if (first === 'articles' && second && third === '') {
		const article = site.articles.get(second);
		const renamed = site.renamed?.articles.get(second);
		if (!article && renamed) return renamedLink(path, second, paths.article(renamed), from, site);
		if (!article) return unknown(path, second, [...site.articles.keys()], 'article', paths.article(second));
		// Linked from a page that is on the site before it, it would be a broken link until then.
		if (publicFrom(article, site.now) <= publicFrom(from, site.now)) return undefined;
		if (article.draft) return { message: `links to ${path}, a draft, which is not published`, fix: 'remove the link until that article is published' };
		const later = publicationOf(from, site.now) === 'scheduled' ? `, or schedule this article for then or later (\`published: ${article.published}\`)` : '';
		return {
			message: `links to ${path}, which is scheduled for ${momentInWords(article.published)} and would be a broken link until then`,
			fix: `remove the link until that article is published${later}`,
		};
	}
	if (isEntityKind(first)) {
		const ids = site.ids[first];
		const indexPages = pagesOf(ids.size, first === 'demands' ? listPageSize.demands : listPageSize.index);
		if (second === '' || (second === 'page' && pageOk(third, indexPages) && fourth === '')) return undefined;
		if (`/${first}/${second}/` === paths.demandsByName && (third === '' || (third === 'page' && pageOk(fourth, indexPages) && segments[4] === '')))
			return undefined;
		const renamed = site.renamed?.[first].get(second);
		if (!ids.has(second) && renamed) return renamedLink(path, second, entityPath(first, renamed) + segments.slice(2).join('/'), from, site);
		if (!ids.has(second)) return unknown(path, second, ids, entityKinds[first].singular, entityPath(first, second));
		const rest = segments.slice(2).join('/');
		if (rest === '' || rest === 'rss.xml' || (third === 'page' && pageOk(fourth, pagesOf(published)) && segments[4] === '')) return undefined;
	}
	return { message: `links to ${path}, where the site has no page`, fix: `check the address; the site's pages are listed in docs/content-model.md` };
}

/** A link to a page by its file's former id, which redirects: a warning with the address now, or what is wrong with that address. */
function renamedLink(path: string, formerId: string, now: string, from: PublicationDates, site: SiteMap): Omit<Problem, 'file'> {
	return (
		pathProblem(now, from, site) ?? {
			severity: 'warning',
			message: `links to ${path}, the old address of ${now} (its file lists "${formerId}" among its formerIds)`,
			fix: `write ${now}, to which the old address only redirects`,
		}
	);
}

function unknown(path: string, id: string, known: Iterable<string>, noun: string, url: string) {
	const hint = suggestion(id, known, `${noun} id`);
	return { message: `links to ${path}, but there is no ${noun} "${id}"`, fix: hint ? `${hint} The page would be at ${url}` : `check the address` };
}

/** The page of the site a content file becomes. */
export const pageOf = (collection: CollectionName, id: string) => (collection === 'articles' ? paths.article(id) : entityPath(collection, id));

/**
 * What every page's JSON-LD shares: the ids that link nodes across pages,
 * the publisher and the site as nodes of their own, the breadcrumb trail,
 * and the @graph a page's nodes travel in.
 */
import { type SitePicture, site } from '../../config/site.ts';
import type { Crumb } from '../../views/breadcrumbs.ts';
import { type EntityKind, entityKinds, entityUrl } from '../../model/entities.ts';
import { urls } from '../../model/urls.ts';
import { siteDescription } from '../../i18n/index.ts';

export type Thing = Record<string, unknown>;

/** An absolute address on the site. */
const absolute = (path: string, base: URL) => new URL(path, base).href;

/** Stable @ids: the same node has the same id on every page that mentions it. */
export const nodeIds = {
	organization: (base: URL) => `${absolute(urls.home, base)}#organization`,
	website: (base: URL) => `${absolute(urls.home, base)}#website`,
	logo: (base: URL) => `${absolute(urls.home, base)}#logo`,
	article: (id: string, base: URL) => `${absolute(urls.article(id), base)}#article`,
	entity: (kind: EntityKind, id: string, base: URL) => `${absolute(entityUrl(kind, id), base)}#${entityKinds[kind].singular}`,
};

/** A picture as schema.org has it, by its address on the site (under the base path). */
export const pictureObject = (picture: SitePicture, base: URL, id?: string): Thing => ({
	'@type': 'ImageObject',
	...(id ? { '@id': id } : {}),
	url: absolute(picture.src, base),
	width: picture.width,
	height: picture.height,
});

/** The publisher's address: its own setting, else the site's. */
export const publisherUrl = (base: URL) => site.publisher.url ?? absolute(urls.home, base);

/** The newsroom that publishes the site, with its logo: in full wherever it is named, under one @id. */
export const organizationNode = (base: URL): Thing => ({
	'@type': 'NewsMediaOrganization',
	'@id': nodeIds.organization(base),
	name: site.publisher.name,
	url: publisherUrl(base),
	logo: pictureObject({ ...site.publisher.logo, src: urls.publicFile(site.publisher.logo.src) }, base, nodeIds.logo(base)),
});

/** The site itself, for the home page. */
export const websiteNode = (base: URL): Thing => ({
	'@type': 'WebSite',
	'@id': nodeIds.website(base),
	name: site.title,
	description: siteDescription,
	url: absolute(urls.home, base),
	inLanguage: site.locale,
	publisher: { '@id': nodeIds.organization(base) },
});

/** A trail as a BreadcrumbList, or nothing for a trail of one page (search engines want two or more). */
export function breadcrumbList(trail: readonly Crumb[], base: URL): Thing | undefined {
	const last = trail.at(-1);
	if (!last || trail.length < 2) return undefined;
	return {
		'@type': 'BreadcrumbList',
		'@id': `${absolute(last.url, base)}#breadcrumb`,
		itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absolute(crumb.url, base) })),
	};
}

/** A page's nodes as one JSON-LD document; nodes left undefined are left out. */
export const pageGraph = (...nodes: (Thing | undefined)[]): Thing => ({
	'@context': 'https://schema.org',
	'@graph': nodes.filter((node): node is Thing => node !== undefined),
});

/** A page's trail with its JSON-LD, so the two tell the same path: the page's own nodes first, then the trail as a BreadcrumbList. */
export const trailedPage = (trail: Crumb[], base: URL, ...nodes: (Thing | undefined)[]) => ({
	trail,
	structuredData: pageGraph(...nodes, breadcrumbList(trail, base)),
});

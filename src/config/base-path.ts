/**
 * The base path the site is served under (BASE_PATH, astro.config's `base`), applied to
 * the site's root-relative paths. urls.ts and the entity registry build every URL with it.
 */
import { site } from './site.ts';

/**
 * A root-relative path of the site (/articles/) as the host serves it: under the
 * base path when the site has one (/dossier/articles/). Every URL the site
 * builds goes through here; editors and content checks keep the base-free path.
 */
export function withBase(path: string, base = site.base): string {
	if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
	return `${base}${path.slice(1)}`;
}

/** A root-relative path without the base path, when it carries it: /dossier/articles/ → /articles/. Others are returned as they are. */
export function withoutBase(path: string, base = site.base): string {
	if (base === '/') return path;
	if (path.startsWith(base)) return `/${path.slice(base.length)}`;
	if (`${path}/` === base) return '/';
	return path;
}

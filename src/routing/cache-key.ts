/**
 * Keys for Astro's incremental builds: a page whose key is unchanged since the
 * last build is copied, not rendered again. The key is a hash of everything the
 * page is rendered from (its props); content entries count by their digest, so
 * hashing stays cheap and any edit to an entry changes every page showing it.
 */
import { createHash } from 'node:crypto';
import { site } from '../config/site.ts';

const isEntry = (value: object): value is { id: string; digest: string; collection?: string; data: unknown } =>
	'digest' in value && 'id' in value && 'data' in value;

/**
 * An entry's lead picture by its built address, which holds a hash of the file: the entry's
 * digest covers its text only, and a picture replaced under the same name must not leave pages
 * pointing at the old one.
 */
const pictureOf = (data: unknown) => (data as { image?: { src?: { src?: unknown } } } | null)?.image?.src?.src ?? '';

export function cacheKey(props: unknown): string {
	const json = JSON.stringify(props, (_, value: unknown) =>
		value && typeof value === 'object' && isEntry(value) ? `${value.collection}/${value.id}@${value.digest}${pictureOf(value.data)}` : value,
	);
	// Every URL a page shows carries the base path; every word and date, the locale, direction and time zone
	// (environment variables, which Astro's own check of the config does not see).
	return createHash('sha1').update(`${site.base} ${site.locale} ${site.direction} ${site.timeZone}`).update(json).digest('base64url');
}

/**
 * A `getStaticPaths()` entry with its incremental-build key, worked out when first read. Only `astro build` reads
 * keys: `astro dev` runs getStaticPaths again after every save, and would otherwise build every page's view to hash it.
 */
export function withLazyKey<Path extends object>(path: Path, keyOf: () => string): Path & { readonly cacheKey: string } {
	let key: string | undefined;
	return Object.defineProperty(path, 'cacheKey', { enumerable: true, get: () => (key ??= keyOf()) }) as Path & { readonly cacheKey: string };
}

/** A `getStaticPaths()` entry with its incremental-build key: the hash of its props. */
export const withCacheKey = <Path extends { props: unknown }>(path: Path): Path & { readonly cacheKey: string } =>
	withLazyKey(path, () => cacheKey(path.props));

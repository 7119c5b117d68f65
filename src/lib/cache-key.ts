/**
 * Keys for Astro's incremental builds: a page whose key is unchanged since the
 * last build is copied, not rendered again. The key is a hash of everything the
 * page is rendered from (its props); content entries count by their digest, so
 * hashing stays cheap and any edit to an entry changes every page showing it.
 */
import { createHash } from 'node:crypto';
import { site } from '../config.ts';

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

/** A `getStaticPaths()` entry with its incremental-build key added. */
export const withCacheKey = <Path extends { props: unknown }>(path: Path): Path & { cacheKey: string } => ({
	...path,
	cacheKey: cacheKey(path.props),
});

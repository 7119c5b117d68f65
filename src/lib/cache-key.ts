/**
 * Keys for Astro's incremental builds: a page whose key is unchanged since the
 * last build is copied, not rendered again. The key is a hash of everything the
 * page is rendered from (its props); content entries count by their digest, so
 * hashing stays cheap and any edit to an entry changes every page showing it.
 */
import { createHash } from 'node:crypto';

const isEntry = (value: object): value is { id: string; digest: string; collection?: string } => 'digest' in value && 'id' in value && 'data' in value;

export function cacheKey(props: unknown): string {
	const json = JSON.stringify(props, (_, value: unknown) =>
		value && typeof value === 'object' && isEntry(value) ? `${value.collection}/${value.id}@${value.digest}` : value,
	);
	return createHash('sha1').update(json).digest('base64url');
}

/** A `getStaticPaths()` entry with its incremental-build key added. */
export const withCacheKey = <Path extends { props: unknown }>(path: Path): Path & { cacheKey: string } => ({
	...path,
	cacheKey: cacheKey(path.props),
});

/**
 * The old addresses of renamed files (their `formerIds`, model/former-ids.ts), each with where it leads now: the
 * build writes a redirect page at each, and the host files redirect them and everything below a page.
 */
import { entityFeedPath, entityKindList, entityPath } from './entity-kinds.ts';
import type { Renames } from './former-ids.ts';
import { paths } from './urls.ts';

/** An old address and the address it leads to now, both from the site's root, without the base path. */
export interface Redirect {
	from: string;
	to: string;
	/** Whether `from` is a page, whose later pages and lists (page/2/, stances/) lead below `to` too. */
	page: boolean;
}

/** Former ids in the order of their code points, so that every build writes them in the same order. */
const sorted = (renames: ReadonlyMap<string, string>) => [...renames].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Each renamed file's old page, and an actor's, demand's, source's or topic's old feed, with where each is now. */
export function redirectsOf(renames: Renames): Redirect[] {
	return [
		...sorted(renames.articles).map(([former, now]) => ({ from: paths.article(former), to: paths.article(now), page: true })),
		...entityKindList.flatMap((kind) =>
			sorted(renames[kind]).flatMap(([former, now]) => [
				{ from: entityPath(kind, former), to: entityPath(kind, now), page: true },
				{ from: entityFeedPath(kind, former), to: entityFeedPath(kind, now), page: false },
			]),
		),
	];
}

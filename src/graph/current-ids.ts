/**
 * References under the ids their files have now. A file renamed lists its old name in `formerIds`, and a reference
 * that still names it is accepted by the check with a warning; here it is followed, once, before the graph indexes
 * anything, so that every page, feed and file of open data knows the entity by its id now.
 */
import { citationKey } from '../model/citations.ts';
import { type EntityKind, type EntityOf, entityKindList } from '../model/entities.ts';
import type { Article, Entry } from '../model/entry.ts';
import { currentId, type Renames, renamesOf } from '../model/former-ids.ts';
import type { ArticleData, DemandData } from '../model/schemas.ts';

/** The collections' entries, as the graph is built from them (its ContentSet). */
type Content = { readonly articles: readonly Article[] } & { readonly [Kind in EntityKind]: readonly EntityOf<Kind>[] };

/** Every file's former ids, read from the content's own entries. */
export const renamesIn = (content: Content): Renames =>
	renamesOf([
		...content.articles.map(({ id, data }) => ({ collection: 'articles' as const, id, formerIds: data.formerIds })),
		...entityKindList.flatMap((collection) => content[collection].map(({ id, data }) => ({ collection, id, formerIds: data.formerIds }))),
	]);

/** Ids followed to the id their files have now, noting each one followed. */
function follower(renames: Renames) {
	const followed: string[] = [];
	const to = (kind: EntityKind, id: string) => {
		const now = currentId(renames, kind, id);
		if (now !== id) followed.push(`${kind}/${id}>${now}`);
		return now;
	};
	// A list that named an entity by both its ids names it once.
	const all = (kind: EntityKind, ids: readonly string[]) => [...new Set(ids.map((id) => to(kind, id)))];
	return { to, all, followed };
}

/**
 * An entry with its data read again, or the entry itself when nothing was followed. A copy's digest, which
 * incremental builds key pages by (routing/cache-key.ts), says what was followed: the text it was made from is the same.
 */
function followed<T extends Entry<unknown>>(entry: T, renames: Renames, read: (data: T['data'], ids: ReturnType<typeof follower>) => T['data']): T {
	const ids = follower(renames);
	const data = read(entry.data, ids);
	if (!ids.followed.length) return entry;
	const digest = 'digest' in entry ? { digest: `${String(entry.digest)} ${ids.followed.join(' ')}` } : {};
	return { ...entry, data, ...digest };
}

const articleData = (data: ArticleData, { to, all }: ReturnType<typeof follower>): ArticleData => ({
	...data,
	topics: all('topics', data.topics),
	actors: all('actors', data.actors),
	demands: data.demands.map((entry) => ({
		...entry,
		demand: to('demands', entry.demand),
		positions: entry.positions.map((position) => ({ ...position, actor: to('actors', position.actor) })),
	})),
	// A citation cited by its source id keeps that key: the body cites it so.
	sources: data.sources.map((citation) => ({ ...citation, key: citationKey(citation), source: to('sources', citation.source) })),
});

const demandData = (data: DemandData, { to, all }: ReturnType<typeof follower>): DemandData => ({
	...data,
	by: to('actors', data.by),
	addressedTo: all('actors', data.addressedTo),
	topics: all('topics', data.topics),
});

/** The content with every reference under its file's id now; the same content when no file was renamed. */
export function withCurrentIds<Entries extends Content>(content: Entries, renames = renamesIn(content)): Entries {
	if (Object.values(renames).every((map) => map.size === 0)) return content;
	return {
		...content,
		articles: content.articles.map((article) => followed(article, renames, articleData)),
		demands: content.demands.map((demand) => followed(demand, renames, demandData)),
	};
}

/**
 * What the paginated routes' getStaticPaths return: one path per page of a
 * list, each with its incremental-build key.
 */
import { withCacheKey } from './cache-key.ts';
import { paginate } from './paginate.ts';

/** Pages of a list (/, /page/2/, /actors/, /actors/page/2/, …), each with `shared` props besides its page. */
export const indexPaths = <T, Shared extends object = object>(items: readonly T[], base: string, shared?: Shared) =>
	paginate(items, base).map((page) => withCacheKey({ params: { page: page.param }, props: { ...(shared as Shared), page } }));

/**
 * Pages of every entity's page: the view computed once per entity, and its
 * "Mentioned in" list cut into pages (/actors/russia/, /actors/russia/page/2/, …).
 */
export const entityPaths = <Entity extends { id: string }, View extends { mentionedIn: readonly unknown[] }>(
	entities: Iterable<Entity>,
	viewOf: (entity: Entity) => View,
	urlOf: (id: string) => string,
) =>
	[...entities].flatMap((entity) => {
		const view = viewOf(entity);
		return paginate(view.mentionedIn as View['mentionedIn'][number][], urlOf(entity.id)).map((page) =>
			withCacheKey({ params: { id: entity.id, page: page.param }, props: { entity, view, page } }),
		);
	});

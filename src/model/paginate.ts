/**
 * Bounded pages: long lists are cut into numbered pages and short lists are
 * capped, so that no page grows as the newsroom does.
 */

/** Items on one page of a paginated list (an entity's "Mentioned in"), unless the list has its own size below. */
export const pageSize = 50;

/**
 * Items on one page of the site's own lists, each sized so that a page stays
 * within a phone's length budget (6,000 px at 360 px, about nine screens),
 * however long the newsroom's lists grow.
 */
export const listPageSize = {
	/** The home page's explainers: its first page also has the lead story and the open demands. */
	home: 12,
	/** /articles/, under a heading for each month. */
	articles: 18,
	/** The index of actors, sources or topics: a name, a line and a summary each. */
	index: 30,
	/** The demands' index: each demand with its maker, status and the parties it is put to. */
	demands: 10,
	corrections: 20,
};

export interface Pagination {
	current: number;
	last: number;
	prev?: string;
	next?: string;
	/** The first page, from the third page on: previous already leads there from the second. */
	first?: string;
	/** The last page, up to the last but one. */
	final?: string;
}

export interface PageOf<T> {
	items: T[];
	pagination: Pagination;
	/** The route's rest parameter: undefined for page 1, `page/<n>` after it. */
	param: string | undefined;
}

/** The folder a list's later pages sit in (`page/2/` under the list's own address). No content file may take it as its id. */
export const pageSegment = 'page';

/** The URL of page `n` of a list whose first page is at `base` (a path ending in /). */
export const pageUrl = (base: string, n: number) => (n === 1 ? base : `${base}${pageSegment}/${n}/`);

/** Where page `current` of `last` under `base` links: the pages either side, and the ends when they are further. */
const pagerOf = (base: string, current: number, last: number): Pagination => ({
	current,
	last,
	prev: current > 1 ? pageUrl(base, current - 1) : undefined,
	next: current < last ? pageUrl(base, current + 1) : undefined,
	first: current > 2 ? pageUrl(base, 1) : undefined,
	final: current < last - 1 ? pageUrl(base, last) : undefined,
});

/** Splits `items` into pages served under `base`; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], base: string, size = pageSize): PageOf<T>[] {
	const last = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: last }, (_, i) => {
		const current = i + 1;
		return {
			items: items.slice(i * size, current * size),
			param: current === 1 ? undefined : `${pageSegment}/${current}`,
			pagination: pagerOf(base, current, last),
		};
	});
}

/** The first `max` items, and how many were left out. */
export function capped<T>(items: readonly T[], max: number): { items: T[]; more: number } {
	return { items: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * A line that names the sides a demand is put to (in a list of demands, in the
 * glance) names this many at most, then says how many more; the demand's own
 * page shows this many and folds the rest.
 */
export const namesInLine = 6;

/** Lists on entity pages beyond pagination (positions, demands, timeline events) show at most this many. */
export const listShown = 50;

/** How a list that opens on an entity's first page is cut: `lead` items there, then `size` to each numbered page. */
export interface LedPages {
	lead: number;
	size: number;
}

/**
 * Splits `items` into a first page of `lead` items and numbered pages of `size` after it, all under `base`:
 * a page that shows a few of a list among other sections, and the rest of the list on pages of its own.
 */
export function paginateLed<T>(items: readonly T[], base: string, { lead, size }: LedPages): PageOf<T>[] {
	const rest = paginate(items.slice(lead), base, size);
	const last = items.length > lead ? rest.length + 1 : 1;
	const first: PageOf<T> = {
		items: items.slice(0, lead),
		param: undefined,
		pagination: pagerOf(base, 1, last),
	};
	const later = items.length > lead ? rest : [];
	return [
		first,
		...later.map((page, i): PageOf<T> => {
			const current = i + 2;
			return {
				items: page.items,
				param: `${pageSegment}/${current}`,
				pagination: pagerOf(base, current, last),
			};
		}),
	];
}

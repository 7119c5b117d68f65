/**
 * The search page's script: loads Pagefind's API from the built site and
 * lists results as the reader types, narrowed by type and ordered by
 * relevance or date, a page of results at a time with a button for the next.
 * The status line (a live region) says how many results there are and how
 * many are shown; the query is kept in the address (?q=) so a search can be
 * shared. Every word it shows comes from the page (data-search-texts), in the
 * page's language, and counts take that language's plural forms.
 */
import { aliasesNamed } from './search-aliases.ts';
import { excerptOf, type MatchLocation, titleWords } from './search-excerpt.ts';
import { type SearchTexts, searchStatus } from './search-status.ts';

interface ResultData {
	url: string;
	content: string;
	weighted_locations: MatchLocation[];
	meta: Record<string, string | undefined>;
}
interface Result {
	id: string;
	data(): Promise<ResultData>;
}
interface Search {
	results: Result[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options: Record<string, unknown>): Promise<Search>;
	debouncedSearch(query: string, options: Record<string, unknown>, ms?: number): Promise<Search | null>;
}

/** How many results a page of them holds: the first are shown at once, the rest a page at a time. */
const pageSize = 20;
/** How many words an excerpt has, about two lines on a wide screen and four on a phone. */
const excerptLength = 30;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
	const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
	const order = root.querySelector<HTMLSelectElement>('select')!;
	const status = root.querySelector<HTMLElement>('[role=status]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	const more = root.querySelector<HTMLButtonElement>('button[data-search-more]')!;
	const texts = JSON.parse(root.dataset.searchTexts!) as SearchTexts;
	const lang = document.documentElement.lang;

	let pagefind: Promise<{ api: Pagefind; aliases: string[] } | undefined> | undefined;
	const load = () =>
		(pagefind ??= import(/* @vite-ignore */ root.dataset.search!).then(
			async (api: Pagefind) => {
				// Result URLs are the built files' paths; under a base path they need it in front (data-search-base).
				// Pagefind favours short pages (pageLength 0.75): at 0.3 an explainer of a thousand words whose lead names the
				// query ranks above a topic of ten that mentions it once, and a page named by the query (its heading) still comes first.
				await api.options({ baseUrl: root.dataset.searchBase ?? '/', ranking: { pageLength: 0.3 } });
				await api.init();
				return { api, aliases: Object.keys((await api.filters()).alias ?? {}) };
			},
			() => {
				status.textContent = texts.unavailable;
				return undefined;
			},
		));

	/** The results of the search on screen, and how many of them are listed. */
	let current: { query: string; results: Result[]; listed: number } | undefined;

	async function run() {
		const query = input.value.trim();
		const type = root.querySelector<HTMLInputElement>('input[name=type]:checked')?.value;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!query) {
			current = undefined;
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		const loaded = await load();
		if (!loaded) return;
		const { api, aliases } = loaded;
		const filters = type ? { type } : {};
		const search = await api.debouncedSearch(query, { filters, ...(order.value ? { sort: { date: order.value } } : {}) }, 150);
		// A later keystroke has started another search.
		if (!search) return;
		// An actor the query names by another name comes first; by date, it takes its place among the rest.
		const named = aliasesNamed(query, aliases, lang);
		const byName = named.length && !order.value ? (await api.search(null, { filters: { ...filters, alias: { any: named } } })).results : [];
		const ids = new Set(byName.map((result) => result.id));
		const results = [...byName, ...search.results.filter((result) => !ids.has(result.id))];
		if (query !== input.value.trim()) return;
		current = { query, results, listed: 0 };
		list.replaceChildren();
		await showMore();
	}

	/** Lists the next page of the current results, and says how many are listed of how many. */
	async function showMore() {
		if (!current) return;
		const shown = current;
		const page = await Promise.all(shown.results.slice(shown.listed, shown.listed + pageSize).map((result) => result.data()));
		// Another search has replaced this one meanwhile.
		if (current !== shown) return;
		const items = page.map(item);
		list.append(...items);
		shown.listed += items.length;
		more.hidden = shown.listed >= shown.results.length;
		status.textContent = searchStatus(texts, lang, shown.query, shown.results.length, shown.listed);
		return items[0];
	}

	/** One result: its title as a link, what it is (and an explainer's date), and the passage that matched. */
	function item(data: ResultData): HTMLLIElement {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = data.url;
		const title = data.meta.title ?? data.url;
		link.textContent = title;
		const meta = document.createElement('p');
		meta.className = 'meta';
		meta.textContent = [data.meta.label, data.meta.date].filter(Boolean).join(' · ');
		const excerpt = document.createElement('p');
		excerpt.className = 'excerpt';
		for (const part of excerptOf(data.content, data.weighted_locations, excerptLength, titleWords(data.content, title))) {
			if (!part.mark) excerpt.append(part.text);
			else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
		}
		li.append(link, meta, excerpt);
		return li;
	}

	input.addEventListener('focus', () => void load(), { once: true });
	input.addEventListener('input', () => void run());
	order.addEventListener('change', () => void run());
	root.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).name === 'type') void run();
	});
	// The reader goes on from the first of the results just listed, not back at the top of the list.
	more.addEventListener('click', () => void showMore().then((first) => first?.querySelector('a')?.focus()));
	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void run();
	}
}

/**
 * The search page's script: loads Pagefind's API from the built site and
 * lists results as the reader types, narrowed by type and ordered by
 * relevance or date. The status line (a live region) says how many results
 * there are; the query is kept in the address (?q=) so a search can be shared.
 * Every word it shows comes from the page (data-search-texts), in the page's
 * language, and counts take that language's plural forms.
 */
import { type SearchTexts, searchStatus } from './search-status.ts';

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface Search {
	results: { id: string; data(): Promise<ResultData> }[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(query: string, options: Record<string, unknown>, ms?: number): Promise<Search | null>;
}

/** How many results are shown; the status says how many there are in all. */
const shown = 20;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
	const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
	const order = root.querySelector<HTMLSelectElement>('select')!;
	const status = root.querySelector<HTMLElement>('[role=status]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	const texts = JSON.parse(root.dataset.searchTexts!) as SearchTexts;
	const lang = document.documentElement.lang;
	const typeNames: Record<string, string | undefined> = texts.types;

	let pagefind: Promise<Pagefind | undefined> | undefined;
	const load = () =>
		(pagefind ??= import(/* @vite-ignore */ root.dataset.search!).then(
			async (api: Pagefind) => {
				// Result URLs are the built files' paths; under a base path they need it in front (data-search-base).
				await api.options({ excerptLength: 24, baseUrl: root.dataset.searchBase ?? '/' });
				await api.init();
				return api;
			},
			() => {
				status.textContent = texts.unavailable;
				return undefined;
			},
		));

	async function run() {
		const query = input.value.trim();
		const type = root.querySelector<HTMLInputElement>('input[name=type]:checked')?.value;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const api = await load();
		if (!api) return;
		const search = await api.debouncedSearch(query, { filters: type ? { type } : {}, ...(order.value ? { sort: { date: order.value } } : {}) }, 150);
		// A later keystroke has started another search.
		if (!search) return;
		const results = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
		if (query !== input.value.trim()) return;
		list.replaceChildren(...results.map(item));
		status.textContent = searchStatus(texts, lang, query, search.results.length, shown);
	}

	/** One result: its title as a link, its type and date, and the passage that matched. */
	function item(data: ResultData): HTMLLIElement {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		const meta = document.createElement('p');
		meta.className = 'meta';
		const type = data.filters.type?.[0];
		meta.textContent = [type && (typeNames[type] ?? type), data.meta.date].filter(Boolean).join(' · ');
		const excerpt = document.createElement('p');
		excerpt.className = 'excerpt';
		// Pagefind escapes the page's text and adds only <mark> around the words that matched.
		excerpt.innerHTML = data.excerpt;
		li.append(link, meta, excerpt);
		return li;
	}

	input.addEventListener('focus', () => void load(), { once: true });
	input.addEventListener('input', () => void run());
	order.addEventListener('change', () => void run());
	root.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).name === 'type') void run();
	});
	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void run();
	}
}

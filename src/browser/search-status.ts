/**
 * The search page's status line, in the page's language: how many results
 * there are for the query. The page hands the script these texts
 * (data-search-texts); the browser picks the plural form for the page's lang.
 */
import { type Catalogue, fill, pluralOf } from '../i18n/catalogue.ts';

/** The texts the search page hands its script. */
export type SearchTexts = Pick<Catalogue['search'], 'unavailable' | 'none' | 'found' | 'foundMore'>;

/** "3 results for “nato”.": `shown` is how many the page lists so far, said while there are more. */
export function searchStatus(texts: SearchTexts, lang: string, query: string, count: number, shown: number): string {
	// The query is isolated (FSI…PDI, as <bdi> would) so that a Latin query keeps its place in a right-to-left sentence, and the other way round.
	const isolated = `\u2068${query}\u2069`;
	if (count === 0) return fill(texts.none, { query: isolated });
	return pluralOf(count > shown ? texts.foundMore : texts.found, count, lang, { query: isolated, shown: new Intl.NumberFormat(lang).format(shown) });
}

/** The titles of paginated lists, in the site's language (paginate.ts itself stays free of the catalogue: the editors' tools load it). */
import { formatNumber, fill, ui } from '../../i18n/index.ts';
import type { Pagination } from '../../model/paginate.ts';

/** A page's title: the list's name, and which page this is when there are several. */
export const pageTitle = (name: string, { current, last }: Pagination, pager = ui.pager) =>
	last > 1 ? fill(pager.title, { name, current: formatNumber(current), last: formatNumber(last) }) : name;

/** A page directly under the home page (corrections, open data, search), as its route hands it down: its title, trail and JSON-LD. */
import { trailedPage } from '../outputs/head/json-ld-nodes.ts';
import { breadcrumbTrail } from '../views/breadcrumbs.ts';

export const pageRouteData = (title: string, url: string, site: URL) => ({
	title,
	...trailedPage(breadcrumbTrail({ type: 'page', name: title, url }), site),
});

/** /data/positions.csv: see the /data/ page and src/lib/open-data.ts. */
import type { APIContext } from 'astro';
import { site } from '../../config.ts';
import { getGraph } from '../../lib/site-graph.ts';
import { openDataFile } from '../../lib/open-data.ts';

export async function GET(context: APIContext) {
	const text = openDataFile('positions.csv', await getGraph(), { ...site, url: context.site! });
	return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

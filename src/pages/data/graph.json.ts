/** /data/graph.json: see the /data/ page and src/lib/open-data.ts. */
import type { APIContext } from 'astro';
import { site } from '../../config.ts';
import { getGraph } from '../../lib/site-graph.ts';
import { openDataFile } from '../../lib/open-data.ts';

export async function GET(context: APIContext) {
	const text = openDataFile('graph.json', await getGraph(), { ...site, url: context.site! });
	return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

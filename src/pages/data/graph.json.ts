/** /data/graph.json: see the /data/ page and src/outputs/open-data/files.ts. */
import type { APIContext } from 'astro';
import { site } from '../../config/site.ts';
import { getGraph } from '../../graph/site-graph.ts';
import { openDataFile } from '../../outputs/open-data/files.ts';

export async function GET(context: APIContext) {
	const text = openDataFile('graph.json', await getGraph(), { ...site, url: context.site! });
	return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * Page weight of a built site: the largest article page's HTML, the CSS it
 * loads, what is left beyond the article's body, and the client JavaScript
 * (which must be none). `node scripts/bench/weight.ts [dist]` prints it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PageWeight {
	page: string;
	html: number;
	css: number;
	body: number;
	/** HTML and CSS beyond the article body: the cost of Dossier's page around the text. */
	overhead: number;
	js: number;
}

/** The id of the page in `dist/<folder>/` with the most HTML: the one with the most to render. */
export function largestPage(dist: string, folder: string): string {
	const size = (id: string) => statSync(path.join(dist, folder, id, 'index.html')).size;
	return readdirSync(path.join(dist, folder))
		.filter((id) => existsSync(path.join(dist, folder, id, 'index.html')))
		.sort((a, b) => size(b) - size(a))[0]!;
}

export function pageWeight(dist: string): PageWeight {
	const page = `articles/${largestPage(dist, 'articles')}/index.html`;
	const html = readFileSync(path.join(dist, page), 'utf8');
	const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => match[1]!);
	const css = stylesheets.reduce((sum, file) => sum + statSync(path.join(dist, file)).size, 0);
	const body = Buffer.byteLength(/<div class="prose[^"]*"[^>]*>([\s\S]*?)<\/div><footer class="article-footer/.exec(html)?.[1] ?? '');
	const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + m[1]!.length, 0);
	// Scripts this page loads: the search page's own do not count against an article.
	const jsFiles = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].reduce((sum, m) => sum + statSync(path.join(dist, m[1]!)).size, 0);
	const bytes = Buffer.byteLength(html);
	return { page, html: bytes, css, body, overhead: bytes + css - body, js: jsFiles + inlineScripts };
}

if (import.meta.main) {
	const weight = pageWeight(path.resolve(process.argv[2] ?? 'dist'));
	console.log(
		`Largest article: ${weight.page}\nHTML ${weight.html} B, CSS ${weight.css} B, body ${weight.body} B, HTML + CSS beyond the body ${weight.overhead} B, client JS ${weight.js} B`,
	);
}

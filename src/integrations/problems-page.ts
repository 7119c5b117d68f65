/**
 * The page `astro dev` shows in place of every page while the content has
 * problems: the same report as the terminal's, and Vite's client, so the page
 * reloads itself when a file is saved.
 */
import { errorsOf, formatProblems, type Problem } from '../check/problems.ts';
import { nounCount } from '../check/english-counts.ts';
import type { ContentFile } from '../check/content-file.ts';
import type { DraftsSetAside } from '../check/drafts.ts';
import { urls } from '../model/urls.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const everyPage = 'Nothing is shown from the content until these are fixed. This page reloads itself when you save a file.';

export function problemsPage(
	problems: readonly Problem[],
	title = `The content has ${nounCount(errorsOf(problems).length, 'problem')}`,
	intro = everyPage,
): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="${urls.publicFile('/favicon.svg')}" type="image/svg+xml">
<title>${escape(title)} · Dossier</title>
<style>
	body { margin: 0; padding: 2rem 1rem; font: 1rem/1.5 system-ui, sans-serif; background: #fff8f6; color: #2b1a17; }
	main { max-inline-size: 60rem; margin-inline: auto; }
	h1 { font-size: 1.5rem; margin-block: 0 0.5rem; }
	pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; background: #fff; border: 1px solid #e2b8ad; border-inline-start: 4px solid #b3261e; border-radius: 4px; font-size: 0.9375rem; }
	@media (prefers-color-scheme: dark) {
		body { background: #1d1514; color: #f3e6e3; }
		pre { background: #2a1e1c; border-color: #6b3a32; border-inline-start-color: #ff8a7a; }
	}
</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(intro)}</p>
<pre>${escape(formatProblems(problems))}</pre>
</main>
</body>
</html>
`;
}

/**
 * What `astro dev` shows at the address of each draft the check left out: the draft's problems, as problems (they
 * are the editor's own to fix), while every other page is shown. Takes a request's URL; undefined elsewhere.
 */
export function draftPages(
	files: readonly ContentFile[],
	{ leftOut, problems }: Pick<DraftsSetAside, 'leftOut' | 'problems'>,
): (url: string) => string | undefined {
	const pages = new Map(
		files
			.filter((file) => leftOut.has(file.path))
			.map((file) => {
				const own = problems.filter((problem) => problem.file === file.path).map(({ severity: _, ...problem }) => problem);
				const intro = 'It is previewed here once they are fixed; the rest of the site is shown as usual. This page reloads itself when you save a file.';
				return [urls.article(file.id), problemsPage(own, `This draft has ${nounCount(own.length, 'problem')}`, intro)];
			}),
	);
	return (url) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(url, 'http://localhost').pathname).normalize('NFC');
		} catch {
			return undefined;
		}
		return pages.get(path.endsWith('/') ? path : `${path}/`);
	};
}

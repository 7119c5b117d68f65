// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import articleHistory from './src/integrations/article-history.ts';
import buildLog from './src/integrations/build-log.ts';
import contentCheck from './src/integrations/content-check.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import redirects from './src/integrations/redirects.ts';
import siteMap from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import { actorMentions } from './src/check/content-files-fs.ts';
import { markdownProcessor, markdownThreads } from './src/markdown/threads.ts';
import { devBodiesRoot } from './src/markdown/stored-bodies-fs.ts';
import { site } from './src/config/site.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Actor names (and former ids) are read here; their hash is part of every stored body's digest (src/markdown/loader.ts), so a renamed actor renders every body again.
const markdown = markdownProcessor(actorMentions(root), { publicDir: `${root}public` });

export default defineConfig({
	site: site.url,
	// BASE_PATH=/repo/ for a site served under a path (a GitHub Pages project site); withBase (src/config/base-path.ts) prefixes every link with it.
	base: site.base,
	trailingSlash: 'always',
	// The check runs first: bad content stops the build before anything is written. What it reads, it hands over
	// (src/check/handover.ts): bodies changed since the last build start rendering on the other cores as soon as it has
	// read them, while it checks them on this one (so the Markdown pool is listed before it, to be told of the read);
	// the loader takes each file's parse, the redirects each renamed file's formerIds, and the sitemap each explainer's dates.
	// The explainers' history is read from Git first, in other processes, while the check runs (src/integrations/article-history.ts).
	// The sitemap, the search index, _headers and the redirects for hosts are written into the staged output, before the summary and the swap.
	integrations: [articleHistory(), markdownThreads(markdown), contentCheck(), redirects(), siteMap(), searchIndex(), hostHeaders(), buildLog(), stagedOutput()],
	markdown: {
		// Code blocks stay plain: no inline styles, no highlighter cost.
		syntaxHighlight: false,
		processor: markdown,
	},
	security: {
		// A strict policy in a <meta> tag: Astro adds hashes of our inline styles; nothing else may run or load.
		csp: {
			directives: [
				"default-src 'none'",
				"img-src 'self' https:",
				// Same-origin fetches only; lets auditing tools read robots.txt from the page.
				"connect-src 'self'",
				"base-uri 'none'",
				"form-action 'none'",
				"object-src 'none'",
			],
			// No script runs from the site unless a page says so (only /search/ does): without a resource of its own,
			// Astro would allow 'self' on every page. 'report-sample' allows nothing, so script-src holds only hashes.
			scriptDirective: { resources: ["'report-sample'"] },
		},
	},
	// Pages whose getStaticPaths cacheKey is unchanged since the last build are copied, not rendered again.
	// contentIntellisense: Astro writes which schema each content file follows, for frontmatter completion in VS Code.
	// redirectPage: the page at a renamed file's old address is src/pages/3xx.astro, in the site's language and layout.
	experimental: { incrementalBuild: true, contentIntellisense: true, redirectPage: true },
	// Scoped styles by class rather than a data attribute on every element: about 2 KB less per article page.
	scopedStyleStrategy: 'class',
	// Pages render four at a time: while one waits on its writes, the next is rendered (about a sixth off page generation on 2 cores).
	build: { concurrency: 4 },
	devToolbar: { enabled: false },
	// Test sites and benchmark projects are built under .tmp/, and astro dev writes the bodies' HTML under .astro/:
	// the dev server has no business watching them.
	vite: {
		server: { watch: { ignored: [`${root}.tmp/**`, `${root}dist.staging*/**`, `${devBodiesRoot(new URL('.', import.meta.url))}/**`] } },
		// Scripts stay files, allowed by 'self' on the page that loads them: an inlined script's hash would go into every page's policy.
		build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
	},
});

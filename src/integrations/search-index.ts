/**
 * Indexes the built site for search with Pagefind's Node API, at the end of
 * `astro build`, in the staged output folder: the index is written before
 * staged-output swaps the folder in, so a build that fails (here or earlier)
 * never leaves a site with a half-written or stale index. Dev serves no index;
 * the search page says so.
 *
 * Pagefind indexes only what pages mark with data-pagefind-body (see
 * src/lib/search.ts): articles and entity pages, never lists, home or 404.
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { site } from '../config.ts';
import { countOf } from '../lib/format.ts';
import { languageOf } from '../lib/locale.ts';
import { searchBundleDir } from '../lib/urls.ts';

/**
 * What is not the story's words: citation numbers ("[1] Source 1"), "Link to section" anchors, and the
 * explainer's byline, dates, reading time and "Corrected" line, which results show on their own (the date)
 * and which would otherwise open or end every excerpt.
 */
const excludeSelectors = ['.citation', '.heading-anchor', '.article-header .meta', '.article-header .corrected'];

/** Pagefind's ready-made interfaces and highlighter, which the site does not use (src/scripts/search.ts is its interface). */
const unused = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pagefind's bundle: what it wrote, in files and bytes (one fragment per page indexed; addDirectory counts every page read). */
async function bundleSize(dir: string): Promise<{ files: number; bytes: number }> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	return { files: files.length, bytes: files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0) };
}

export default function searchIndex(): AstroIntegration {
	return {
		name: 'dossier:search-index',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await createIndex({ forceLanguage: languageOf(site.locale), excludeSelectors });
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length) throw new Error(added.errors.join('\n'));
					const bundle = path.join(outDir, searchBundleDir);
					const written = await index.writeFiles({ outputPath: bundle });
					if (written.errors.length) throw new Error(written.errors.join('\n'));
					for (const file of await readdir(bundle)) if (unused.test(file)) await rm(path.join(bundle, file));
					const { files, bytes } = await bundleSize(bundle);
					const ms = Math.round(performance.now() - started);
					console.log(
						`Indexed ${countOf((await readdir(path.join(bundle, 'fragment'))).length, 'page')} for search: ${countOf(files, 'file')}, ${Math.round(bytes / 1024)} KiB, in ${(ms / 1000).toFixed(1)} s.`,
					);
				} catch (error) {
					throw new Error(`Search indexing failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
				} finally {
					await close();
				}
			},
		},
	};
}

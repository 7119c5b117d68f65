/**
 * Indexes the built site for search with Pagefind's Node API, at the end of
 * `astro build`, in the staged output folder: the index is written before
 * staged-output swaps the folder in, so a build that fails (here or earlier)
 * never leaves a site with a half-written or stale index. Dev serves no index;
 * the search page says so.
 *
 * Pagefind indexes only what pages mark with data-pagefind-body (see
 * src/outputs/search-attributes.ts): articles and entity pages, never lists, home or 404;
 * it reads only the files those pages are written to (`searchedFiles`).
 *
 * The last index is kept in Astro's cache folder with a fingerprint of the
 * pages it was made from. A build whose pages are all the same takes that
 * index instead of making it again: it would be the same, and making it takes
 * several seconds at a few thousand explainers, against one to check.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, globSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { site } from '../config/site.ts';
import { codeVersion } from '../check/code-version-fs.ts';
import { nounCount } from '../check/english-counts.ts';
import { beingWritten, partialName } from '../check/whole-files-fs.ts';
import { languageOf } from '../config/locale.ts';
import { searchBundleDir } from '../model/urls.ts';
import { searchedFiles } from '../outputs/search-attributes.ts';

/**
 * What is not the story's words: citation numbers ("[1] Source 1"), and the explainer's byline, dates, reading
 * time and "Corrected" line, which results show on their own (the date) and which would otherwise open or end
 * every excerpt. A section heading's link holds the heading's own words (heading-anchors.ts), so it is indexed.
 */
const excludeSelectors = ['.citation', '.article-header .meta', '.article-header .corrected'];

/** Pagefind's ready-made interfaces and highlighter, which the site does not use (src/browser/search.ts is its interface). */
const unused = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pagefind's bundle: what it wrote, in files and bytes (one fragment per page indexed; addDirectory counts every page read). */
async function bundleSize(dir: string): Promise<{ files: number; bytes: number }> {
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	return { files: files.length, bytes: files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0) };
}

/**
 * What an index is made from: every page Pagefind reads, by path and bytes, the settings, and the code that makes
 * it (this file, and Pagefind's version among the packages of the code version). Equal fingerprints make equal indexes.
 */
function fingerprintOf(outDir: string, pages: readonly string[], settings: unknown): string {
	const hash = createHash('sha1')
		.update(JSON.stringify([codeVersion, settings]))
		.update(readFileSync(new URL(import.meta.url)));
	for (const page of pages) hash.update(`\0${page}\0`).update(readFileSync(path.join(outDir, page)));
	return hash.digest('base64url');
}

/**
 * The pages Pagefind reads, linked into the new folder `input` in the order of their names. Pagefind numbers pages
 * in the order it finds them in a folder, and some file systems (tmpfs, btrfs) list a folder in the order its files
 * were written, others (ext4, XFS) by a hash of the names: an incremental build writes its unchanged pages first,
 * and its index would differ from a cold build's. Written in one order, the folder lists in one order on any one
 * file system. A link copies nothing; where one cannot be made, the page is copied.
 */
function linkInOrder(outDir: string, pages: readonly string[], input: string) {
	rmSync(input, { recursive: true, force: true });
	for (const page of pages) {
		const to = path.join(input, page);
		mkdirSync(path.dirname(to), { recursive: true });
		try {
			linkSync(path.join(outDir, page), to);
		} catch {
			copyFileSync(path.join(outDir, page), to);
		}
	}
}

/**
 * The last index made, in a folder of `dir` named after the fingerprint of its pages. The folder appears whole or not
 * at all (it is written under another name, then renamed), so one that is there is an index that was finished.
 */
function keptIndex(dir: string) {
	return {
		/** Copies the index made from pages with this fingerprint to `to`, if one is kept; tells whether it did. */
		copyIfMadeFrom(fingerprint: string, to: string): boolean {
			const kept = path.join(dir, fingerprint);
			if (!existsSync(kept)) return false;
			try {
				cpSync(kept, to, { recursive: true });
				return true;
			} catch {
				// Gone halfway through (another build replaced it): this build makes its own.
				rmSync(to, { recursive: true, force: true });
				return false;
			}
		},
		/** Keeps a copy of the index at `from`, made from pages with this fingerprint, in place of the last one. */
		keep(fingerprint: string, from: string) {
			const partial = partialName(path.join(dir, fingerprint));
			try {
				cpSync(from, partial, { recursive: true });
				renameSync(partial, path.join(dir, fingerprint));
				// Older indexes go, and copies left by builds that were stopped; another build's copy under way stays.
				for (const other of readdirSync(dir))
					if (other !== fingerprint && !beingWritten(other)) rmSync(path.join(dir, other), { recursive: true, force: true });
			} catch {
				// Without a kept index the next build only makes its own again; the site is whole either way.
				rmSync(partial, { recursive: true, force: true });
			}
		},
	};
}

/**
 * Writes Pagefind's index of `pages` (paths in `outDir`) into `bundle`, reading them from `input`, a folder of
 * their own; the same pages make the same bytes, whatever order they were written in.
 */
export async function writeIndex({
	outDir,
	pages,
	input,
	bundle,
	settings,
}: {
	outDir: string;
	pages: readonly string[];
	input: string;
	bundle: string;
	settings: PagefindServiceConfig;
}) {
	try {
		const { index, errors } = await createIndex(settings);
		if (!index) throw new Error(errors.join('\n'));
		linkInOrder(outDir, pages, input);
		const added = await index.addDirectory({ path: input });
		if (added.errors.length) throw new Error(added.errors.join('\n'));
		if (added.page_count !== pages.length) throw new Error(`Pagefind read ${added.page_count} of the ${pages.length} pages given.`);
		const written = await index.writeFiles({ outputPath: bundle });
		if (written.errors.length) throw new Error(written.errors.join('\n'));
	} finally {
		// Links only: one left behind (a file held open on Windows) costs no space, and goes at the next build.
		await rm(input, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
	}
}

/**
 * A folder for the pages Pagefind reads, beside the output (on its device, so that links can be made) and of this
 * build alone: another build of the project may be indexing at the same time. One left by a stopped build goes.
 */
function searchInput(outDir: string): string {
	const prefix = `${path.basename(outDir)}.search-input.`;
	for (const name of readdirSync(path.dirname(outDir)))
		if (name.startsWith(prefix) && !beingWritten(name)) rmSync(path.join(path.dirname(outDir), name), { recursive: true, force: true });
	return partialName(`${outDir}.search-input`);
}

export default function searchIndex(): AstroIntegration {
	let kept: ReturnType<typeof keptIndex>;
	return {
		name: 'dossier:search-index',
		hooks: {
			'astro:config:setup': ({ config }) => {
				kept = keptIndex(fileURLToPath(new URL('dossier-search-index', config.cacheDir)));
			},
			'astro:build:done': async ({ dir }) => {
				const outDir = fileURLToPath(dir).replace(/[\\/]+$/, '');
				const input = searchInput(outDir);
				const started = performance.now();
				const bundle = path.join(outDir, searchBundleDir);
				const settings = { forceLanguage: languageOf(site.locale), excludeSelectors };
				const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
				const pages = globSync(searchedFiles, { cwd: outDir }).sort();
				const fingerprint = fingerprintOf(outDir, pages, settings);
				if (kept.copyIfMadeFrom(fingerprint, bundle)) {
					const { files, bytes } = await bundleSize(bundle);
					console.log(
						`Search index: no page changed, so the last index of ${nounCount((await readdir(path.join(bundle, 'fragment'))).length, 'page')} was kept (${nounCount(files, 'file')}, ${Math.round(bytes / 1024)} KiB), in ${elapsed()} s.`,
					);
					return;
				}
				try {
					await writeIndex({ outDir, pages, input, bundle, settings });
					for (const file of await readdir(bundle)) if (unused.test(file)) await rm(path.join(bundle, file));
					kept.keep(fingerprint, bundle);
					const { files, bytes } = await bundleSize(bundle);
					console.log(
						`Indexed ${nounCount((await readdir(path.join(bundle, 'fragment'))).length, 'page')} for search: ${nounCount(files, 'file')}, ${Math.round(bytes / 1024)} KiB, in ${elapsed()} s.`,
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

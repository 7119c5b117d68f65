/**
 * The content check's side of `astro dev`: when a content file changes, once the saving has settled, it checks the
 * content again and has Astro reload every collection; a page asked for meanwhile waits for both, so it is never
 * built from the text before the save. While problems that stop a build remain, every page shows them instead.
 *
 * It watches through the raw events of Vite's watcher, which tell of every write as the system reports it. The
 * watcher's own change events come a moment later and leave some out: a second change within 50 ms (the write after
 * `cp`'s truncation) and one that leaves the modification time as it was (a save within the file system's time step).
 */
import type { AstroIntegrationLogger, RefreshContentOptions } from 'astro';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { contentDir, type FileCache } from '../check/content-files-fs.ts';
import type { ContentHandover } from '../check/handover.ts';
import { errorsOf, formatProblems, type Problem } from '../check/problems.ts';
import { markdownLoaderName } from '../markdown/loader.ts';
import { problemsPage } from './problems-page.ts';

// Editors' tools write a file in steps (truncate, write; write a copy, rename it): the check waits this long after the last.
const settleMs = 100;
// How often, and how long, a reload Astro skipped is asked for again.
const retryMs = 20;
const reloadWaitMs = 10_000;

export interface DevPreview {
	/** The Vite plugin that watches the content and holds pages. */
	plugin: Plugin;
	/** Takes Astro's reload of the collections, from its `astro:server:setup` hook. */
	reloadWith(refreshContent: ((options: RefreshContentOptions) => Promise<void>) | undefined): void;
}

export interface DevPreviewOptions {
	root: string;
	/** The check, reading the content through `cache`, which is told of each file that changed. */
	check: () => readonly Problem[];
	cache: FileCache;
	/** What the first check found. */
	problems: readonly Problem[];
	/** The check's hand-over, which counts Astro's loads of the collections. */
	handover: ContentHandover;
	/** The page of a draft left out for its problems, by a request's URL (problems-page.ts); undefined elsewhere. */
	draftPage: (url: string) => string | undefined;
	logger: AstroIntegrationLogger;
}

export function devPreview({ root, check, cache, handover, logger, draftPage, ...first }: DevPreviewOptions): DevPreview {
	const dir = contentDir(root) + path.sep;
	let { problems } = first;
	let refresh: ((options: RefreshContentOptions) => Promise<void>) | undefined;
	const reports = { errors: '', warnings: '' };
	// Said only when it changes: the errors, which every page shows, and the warnings, which no page does.
	const tell = () => {
		const errors = errorsOf(problems);
		const warnings = problems.filter((problem) => problem.severity === 'warning');
		const next = { errors: errors.length ? formatProblems(errors) : '', warnings: warnings.length ? formatProblems(warnings) : '' };
		if (next.errors !== reports.errors) {
			if (next.errors) logger.error(`${next.errors}\n\nEvery page shows these problems until they are fixed.`);
			else logger.info('The content problems are fixed.');
		}
		if (next.warnings !== reports.warnings && next.warnings)
			logger.warn(
				`${next.warnings}\n\nWarnings do not stop a build; pages are shown as usual, but for a draft with problems, which shows them at its own address.`,
			);
		Object.assign(reports, next);
	};
	tell();

	let changes = 0;
	let lastChange = 0;
	let settling: Promise<void> | undefined;
	const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
	/**
	 * Has Astro load the collections again. After each change to a content file Astro also reloads its content config,
	 * and a reload asked for meanwhile is skipped without a word; it is asked for again until it is done.
	 */
	async function reload() {
		const before = handover.loads();
		const deadline = performance.now() + reloadWaitMs;
		await refresh?.({ loaders: [markdownLoaderName] });
		while (refresh && handover.loads() === before) {
			if (performance.now() > deadline) throw new Error(`Astro did not reload the content within ${reloadWaitMs / 1000} s.`);
			await sleep(retryMs);
			await refresh({ loaders: [markdownLoaderName] });
		}
	}
	async function settle(server: ViteDevServer) {
		let handled = -1;
		while (handled !== changes) {
			for (let quiet = settleMs; quiet > 0; quiet = lastChange + settleMs - performance.now()) await sleep(quiet);
			handled = changes;
			try {
				problems = check();
				tell();
				await reload();
			} catch (error) {
				logger.error(`The preview could not be updated: ${error instanceof Error ? error.message : String(error)}`);
			}
			server.ws.send({ type: 'full-reload' });
		}
	}
	const changed = (server: ViteDevServer, file: string) => {
		if (!file.startsWith(dir)) return;
		// Its next read is from disk: the check's cache knows a file by its modification time and size, which a save can leave as they were.
		cache.delete(file);
		changes++;
		lastChange = performance.now();
		settling ??= settle(server).finally(() => (settling = undefined));
	};
	/** Once the content is checked and reloaded after every change seen so far, or at the next turn when none is pending. */
	const settled = async () => {
		// A save's watcher event may be waiting in the same turn of the event loop as the request: it is seen first.
		await new Promise(setImmediate);
		while (settling) await settling;
	};

	const plugin: Plugin = {
		name: 'dossier:content-preview',
		configureServer(server) {
			server.watcher.on('raw', (_event, name: string | null, details: { watchedPath?: string }) => {
				const watched = path.resolve(root, details.watchedPath ?? '');
				changed(server, watched);
				if (name) changed(server, path.join(watched, name));
			});
			server.watcher.on('all', (_event, file) => changed(server, path.resolve(root, file)));
			server.middlewares.use((request, response, next) => {
				if (!request.headers.accept?.includes('text/html')) return next();
				void settled().then(() => {
					// A draft with problems shows them at its own address; the rest of the site is not held up by it.
					const page = errorsOf(problems).length ? problemsPage(problems) : draftPage(request.url ?? '/');
					if (!page) return next();
					response.statusCode = 500;
					response.setHeader('content-type', 'text/html; charset=utf-8');
					response.end(page);
				});
			});
		},
	};
	return {
		plugin,
		reloadWith(refreshContent) {
			if (!refreshContent) throw new Error("Astro no longer passes `refreshContent` to astro:server:setup: astro dev can't reload the content after a save.");
			refresh = refreshContent;
		},
	};
}

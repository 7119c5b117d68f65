/**
 * The site's Markdown processor, for astro.config: the pipeline of pipeline.ts
 * run in a pool of worker threads. Bodies can start rendering as soon as the
 * content check has read them (`prerender`), on the other cores while this one
 * checks them and starts Vite; the collections' loader then finds each body
 * done. Every thread builds the same pipeline from the same inputs, so the
 * HTML is the same as one thread's. MARKDOWN_THREADS sets the pool's size; 0
 * renders on the main thread, as Astro would.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AstroMarkdownOptions, type MarkdownProcessor, type MarkdownRenderer, type MarkdownRenderResult, unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import Tinypool from 'tinypool';
import { markdownOptions } from './pipeline.ts';
import type { ContentFile } from '../check/content-file.ts';
import { isDraft } from '../check/drafts.ts';
import { currentHandover } from '../check/handover.ts';
import { nounCount } from '../check/english-counts.ts';
import { formatProblems, type Problem } from '../check/problems.ts';
import { findingsOf } from './findings.ts';
import { contentStoreDir } from './stored-bodies-fs.ts';
import type { ActorMentionOptions } from './plugins/remark-actor-mentions.ts';
import type { BodyImageOptions } from './plugins/rehype-body-images.ts';

/** What a thread builds its pipeline from: plain data, as it crosses threads. */
export interface PipelineInputs {
	mentions: ActorMentionOptions;
	pictures: BodyImageOptions;
	shared: AstroMarkdownOptions;
}

/** One body to render, with what Astro's loader passes beside it. */
export interface MarkdownTask {
	content: string;
	fileURL?: string;
	frontmatter?: Record<string, unknown>;
}

export interface ThreadedMarkdownProcessor extends MarkdownProcessor {
	/** What every body's HTML depends on besides its text and the code: a hash of the names actors are mentioned by. (In `options`, which Astro's config keeps as given.) */
	options: { inputsVersion: string };
	/** Starts rendering bodies the loader will ask for, with the options Astro will pass (`shared`). */
	prerender(shared: AstroMarkdownOptions, tasks: readonly MarkdownTask[]): void;
	/** Forgets the bodies rendered early and not asked for (a file touched but unchanged, say). */
	forgetEarly(): void;
	/** Ends the pool's threads, and with them the memory they hold; a later render starts a new pool. */
	close(): Promise<void>;
	/** The bodies that could not be rendered, by file URL, with why; `onFailure` hears of each as it happens. */
	failures: Map<string, string>;
	onFailure?: (fileURL: string, reason: string) => void;
}

/**
 * The pool's life around Astro's. It starts on the bodies of the content check's first read (so it is listed before
 * the check), with the options Astro will pass. Once the collections are loaded, a build closes it (pages reuse the
 * stored HTML, and the threads' memory is better spent on them) and `astro dev` forgets what was rendered early and
 * not used; a restart of astro dev, which makes a new processor, ends this one's threads with its hand-over.
 */
export const markdownThreads = (markdown: ThreadedMarkdownProcessor): AstroIntegration => {
	let failedBody = (_: ThreadedMarkdownProcessor['failures']): Problem[] => [];
	return {
		name: 'dossier:markdown-threads',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const problem = (fileURL: string, reason: string): Problem => ({
					file: path.relative(fileURLToPath(config.root), fileURLToPath(fileURL)),
					field: '(body)',
					message: `could not be rendered (${reason})`,
					fix: 'simplify what you changed last in the body: fewer levels of quotes, lists, HTML or * _ marks inside one another',
				});
				// A build reports them all once the collections are loaded; astro dev, as each happens.
				failedBody = (failures) => [...failures].map(([fileURL, reason]) => problem(fileURL, reason));
				if (command === 'dev') markdown.onFailure = (fileURL, reason) => logger.error(formatProblems([problem(fileURL, reason)]));
				const handover = currentHandover();
				handover.onReplaced(() => void markdown.close());
				handover.onFirstRead((files) => markdown.prerender(sharedOptions(config), tasksOf(fileURLToPath(config.root), files, storedAt(config, command))));
			},
			'astro:build:start': () => {
				const problems = failedBody(markdown.failures);
				if (problems.length) {
					// As the content check ends a build: plainly, with nothing written.
					console.error(`${formatProblems(problems)}\n\nThe content has ${nounCount(problems.length, 'problem')}, listed above. Nothing was built.`);
					process.exit(1);
				}
				return markdown.close();
			},
			'astro:server:start': () => markdown.forgetEarly(),
		},
	};
};

/** The pool's size from MARKDOWN_THREADS: one thread per core unless set; 0 for none. */
export function threadsFrom(value = process.env.MARKDOWN_THREADS): number {
	if (value === undefined || value === '') return os.availableParallelism();
	const threads = Number(value);
	if (!Number.isInteger(threads) || threads < 0) {
		throw new Error(`MARKDOWN_THREADS is "${value}": set a whole number of threads, or 0 to render Markdown on the main thread.`);
	}
	return threads;
}

/** The options Astro's Markdown entry type passes a processor, read from the site's config. */
const sharedOptions = ({ markdown, image }: { markdown: AstroMarkdownOptions; image: AstroMarkdownOptions['image'] }): AstroMarkdownOptions => ({
	image,
	syntaxHighlight: markdown.syntaxHighlight,
	shikiConfig: markdown.shikiConfig,
	gfm: markdown.gfm,
	smartypants: markdown.smartypants,
});

/**
 * A renderer whose results keep, of the frontmatter, only what the pipeline's plugins added (reading time, citation
 * counts): Astro stores each result with its entry, which holds the frontmatter already.
 */
export const keepingFindings = (renderer: MarkdownRenderer): MarkdownRenderer => ({
	async render(content, options = {}) {
		const given = new Set(Object.keys(options.frontmatter ?? {}));
		let result: MarkdownRenderResult;
		try {
			result = await renderer.render(content, options);
		} catch (error) {
			return failedRender(error);
		}
		const findings = Object.fromEntries(Object.entries(result.metadata.frontmatter ?? {}).filter(([key]) => !given.has(key)));
		return { ...result, metadata: { ...result.metadata, frontmatter: findings } };
	},
});

/**
 * What a body that could not be rendered becomes: no HTML, and why, among its findings. A body the content check
 * passes stays within limits that every renderer handles (src/check/limits.ts); this is for what slips past them.
 */
export function failedRender(error: unknown): MarkdownRenderResult {
	const reason = (error instanceof Error ? error.message : String(error)).split('\n').findLast((line) => line.trim() !== '') ?? 'unknown error';
	return { code: '', metadata: { headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter: { dossier: { renderFailure: reason.trim() } } } };
}

/**
 * The bodies of a project's Markdown files, as Astro's loader will ask for them: those changed since Astro last stored
 * its collections (`storedAt`, in ms), since it keeps an unchanged file's stored render. Every body when nothing is stored.
 * Drafts are left to the loader: they are read before the check has judged them, and a broken one, which the loader
 * leaves out (check/drafts.ts), may hold a frontmatter the plugins cannot read.
 */
export const tasksOf = (root: string, files: readonly ContentFile[], storedAt = 0): MarkdownTask[] =>
	files
		.filter((file) => !file.format && !isDraft(file) && statSync(path.join(root, file.path)).mtimeMs > storedAt)
		.map((file) => ({
			content: file.body,
			fileURL: pathToFileURL(path.join(root, file.path)).href,
			frontmatter: (file.data ?? {}) as Record<string, unknown>,
		}));

/** When Astro last stored the collections for `command` (its data store's time), or 0 when it has not. */
function storedAt(config: { root: URL; cacheDir: URL }, command: string): number {
	const store = new URL('data-store.json', contentStoreDir(config, command === 'dev'));
	return existsSync(store) ? statSync(store).mtimeMs : 0;
}

// What the loader passes: a body rendered early is only used for the very same task. (Pictures' sizes, read from
// public/, are left out: early renders are made and used within a build's start, then forgotten.)
const keyOf = ({ content, fileURL, frontmatter }: MarkdownTask) => `${fileURL}\n${JSON.stringify(frontmatter)}\n${content}`;

export function markdownProcessor(mentions: ActorMentionOptions, pictures: BodyImageOptions = {}, threads = threadsFrom()): ThreadedMarkdownProcessor {
	const inProcess = unified(markdownOptions(mentions, pictures));
	// Astro asks for a renderer per collection and per sync; they share one pool, whose idle threads never keep the process alive.
	let pool: { shared: string; tinypool: Tinypool } | undefined;
	const early = new Map<string, Promise<MarkdownRenderResult>>();
	const failures = new Map<string, string>();
	// Every result passes here on its way to Astro: a failure is noted, and a thread that died becomes one too.
	const noted = (task: MarkdownTask, rendering: Promise<MarkdownRenderResult>) =>
		rendering.catch(failedRender).then((result) => {
			const reason = findingsOf(result.metadata).renderFailure;
			if (reason && task.fileURL) {
				failures.set(task.fileURL, reason);
				processor.onFailure?.(task.fileURL, reason);
			} else if (task.fileURL) failures.delete(task.fileURL);
			return result;
		});
	const poolFor = (shared: AstroMarkdownOptions) => {
		const key = JSON.stringify(shared);
		if (pool?.shared !== key) {
			void pool?.tinypool.destroy();
			early.clear();
			const workerData: PipelineInputs = { mentions, pictures, shared };
			pool = {
				shared: key,
				tinypool: new Tinypool({
					filename: new URL('./worker.ts', import.meta.url).href,
					minThreads: threads,
					maxThreads: threads,
					workerData,
					// A thread left to V8's default limit keeps garbage for long: at 4,000 articles the build's peak grew by a
					// gigabyte. A body needs a few megabytes; a batch's results, tens.
					resourceLimits: { maxOldGenerationSizeMb: 512 },
				}),
			};
		}
		return pool.tinypool;
	};
	const processor: ThreadedMarkdownProcessor = {
		name: 'dossier-threads',
		options: { inputsVersion: createHash('sha1').update(JSON.stringify(mentions)).digest('base64url') },
		failures,
		prerender(shared, tasks) {
			if (!threads || !tasks.length) return;
			const tinypool = poolFor(shared);
			// One batch per thread, sent at once: the check that follows keeps this thread busy, and a queued task would wait for it.
			const size = Math.ceil(tasks.length / threads);
			for (let start = 0; start < tasks.length; start += size) {
				const batch = tasks.slice(start, start + size);
				const rendered: Promise<MarkdownRenderResult[]> = tinypool.run(batch, { name: 'renderAll' });
				batch.forEach((task, index) => {
					const result = rendered.then((results) => results[index]!);
					// Taken later by the loader, which handles a failure; until then it must not count as unhandled.
					result.catch(() => {});
					early.set(keyOf(task), result);
				});
			}
		},
		forgetEarly() {
			early.clear();
		},
		async close() {
			early.clear();
			const closing = pool?.tinypool.destroy();
			pool = undefined;
			await closing;
		},
		async createRenderer(shared) {
			if (!threads) {
				const renderer = keepingFindings(await inProcess.createRenderer(shared));
				return { render: (content, options = {}) => noted({ content, fileURL: options.fileURL?.href }, renderer.render(content, options)) };
			}
			// The pool is looked up at each render: one closed since is started again.
			const run = (task: MarkdownTask): Promise<MarkdownRenderResult> => poolFor(shared).run(task);
			return {
				render(content, { fileURL, frontmatter } = {}) {
					const task: MarkdownTask = { content, fileURL: fileURL?.href, frontmatter };
					const key = keyOf(task);
					const done = early.get(key);
					early.delete(key);
					// A batch that failed (a thread out of memory, say) is no verdict on this body: it is rendered again alone.
					return noted(task, done ? done.catch(() => run(task)) : run(task));
				},
			};
		},
	};
	return processor;
}

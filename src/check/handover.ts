/**
 * What the content check read, handed to the stages after it: each file's parse to the collections' loader (so a
 * file's YAML is parsed once a build), the files of its first read to the Markdown pool (which renders their bodies
 * while the check checks them), its verdict on each text to the loader, each published article's dates, as its
 * schema read them, to the sitemap, the files' renames (their `formerIds`) to the redirects, and the moment it judged
 * what is published at to the graph, so that the whole build agrees on it. Beside them, the explainers' history, read
 * from Git while the check runs, goes to their history pages.
 *
 * Its life: one hand-over a build, and one for each start or restart of `astro dev`. contentCheck() begins it, and
 * Astro calls contentCheck() each time it loads astro.config.mjs; the previous one's parses are dropped then, and
 * what was tied to it (`onReplaced`) is released. In `astro dev`, each check after a save adds to the same one.
 *
 * Why it sits on globalThis: Astro 7.4 evaluates this module twice in one process. It imports astro.config.mjs with
 * Node, and with it the content check, the Markdown pool and the sitemap, which share one copy of this module for the
 * whole process (only the config itself is imported afresh on a restart). The collections' loader runs in Vite's
 * module runner, which evaluates a copy of its own, and a new one after each restart. (Were Node unable to import
 * the config, Astro would load it through Vite too, a fresh copy each time; nothing here depends on which.) The
 * copies share only globalThis; this file is the one place in src/ that touches it.
 */
import { errorsOf, type Problem } from './problems.ts';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';
import type { ContentFile } from './content-file.ts';
import type { ChangeDates } from '../model/corrections.ts';
import { noRenames, type Renames } from '../model/former-ids.ts';
import { isPublished, publishingNow } from '../model/publishing.ts';
import type { ArticleData } from '../model/schemas.ts';
import { type GitHistory, unavailableHistory } from './git-history-fs.ts';

/** The check's judgement of one text: its file passed, has a problem that stops a build, or is a draft with problems, which a build leaves out (drafts.ts). */
export type Verdict = 'passed' | 'refused' | 'left out';

export interface ContentHandover {
	/** For the check: keeps its parse of a text for the loader to take. */
	keepParse(raw: string, parsed: ParsedFile): ParsedFile;
	/** For the check: the files it read; the first read goes to `onFirstRead`'s listeners. */
	read(files: readonly ContentFile[]): void;
	/**
	 * For the check: what it found in the files it read, the data of the articles whose schema passed them and the
	 * files' renames, the moment it checked for, and the paths of the drafts left out.
	 */
	checked(
		files: readonly ContentFile[],
		problems: readonly Problem[],
		found: { articles: ReadonlyMap<string, ArticleData>; renames?: Renames },
		now: Date,
		leftOut?: ReadonlySet<string>,
	): void;
	/** Calls `listener` with the files of the check's first read, before it checks them. Too late once they are read: it throws. */
	onFirstRead(listener: (files: readonly ContentFile[]) => void): void;
	/** The check's parse of this text and its verdict, given up so that it is not kept; else a parse of its own, without a verdict. */
	takeParse(raw: string): { parsed: ParsedFile; verdict?: Verdict };
	/** For the loader: drops the check's parse of a text it needs no more (its entry is stored already), and gives its verdict. */
	dropParse(raw: string): Verdict | undefined;
	/** For the loader: notes that Astro has begun loading a collection. */
	noteLoad(): void;
	/** How many times Astro has begun loading a collection; astro dev checks that it did reload after a save. */
	loads(): number;
	/** Each published article's dates by its id, as the article schema read them at the latest check. */
	articleDates(): ReadonlyMap<string, ChangeDates>;
	/** Each former id a file on the site lists, with the file's id now, at the latest check: a draft's or scheduled article's are left out. */
	renames(): Renames;
	/** The moment the latest check judged what is published at; before any check, "now" (src/model/publishing.ts). */
	publishedAt(): Date;
	/** For the history integration: the record of the explainers' changes, being read. */
	keepHistory(history: Promise<GitHistory>): void;
	/** The record of the explainers' changes; without a read (a test, a script), a record that is unavailable. */
	history(): Promise<GitHistory>;
	/** Calls `release` when a later hand-over replaces this one (a restart of astro dev). */
	onReplaced(release: () => void): void;
}

// A dev session that edits files for hours leaves parses no loader asked for; past this many, they are dropped.
const keptLimit = 50_000;

/** A hand-over, and what ends its life: releasing what was tied to it. */
type Held = ContentHandover & { release(): void };

/** The renames of the files on the site: an article not published yet has no page for its old address to lead to, nor should its new id show. */
const onTheSite = (renames: Renames, published: ReadonlyMap<string, unknown>): Renames => ({
	...renames,
	articles: new Map([...renames.articles].filter(([, id]) => published.has(id))),
});

function createHandover(): Held {
	const kept = new Map<string, { parsed: ParsedFile; verdict?: Verdict }>();
	let listeners: ((files: readonly ContentFile[]) => void)[] | undefined = [];
	let dates: ReadonlyMap<string, ChangeDates> = new Map();
	let renames = noRenames;
	let checkedAt: Date | undefined;
	const releases: (() => void)[] = [];
	let loads = 0;
	let history: Promise<GitHistory> | undefined;
	return {
		keepParse(raw, parsed) {
			if (kept.size >= keptLimit) kept.clear();
			kept.set(raw, { parsed });
			return parsed;
		},
		read(files) {
			const first = listeners;
			listeners = undefined;
			for (const listener of first ?? []) listener(files);
		},
		checked(files, problems, found, now, leftOut = new Set()) {
			const refused = new Set(errorsOf(problems).map((problem) => problem.file));
			for (const file of files) {
				const entry = kept.get(file.raw);
				if (entry) entry.verdict = leftOut.has(file.path) ? 'left out' : refused.has(file.path) ? 'refused' : 'passed';
			}
			checkedAt = now;
			dates = new Map(
				[...found.articles].flatMap(([id, data]) =>
					isPublished(data, now) ? [[id, { published: data.published, updated: data.updated, corrections: data.corrections }]] : [],
				),
			);
			renames = onTheSite(found.renames ?? noRenames, dates);
		},
		onFirstRead(listener) {
			if (!listeners) throw new Error('The content check has read the files already: list the integration that listens before the content check.');
			listeners.push(listener);
		},
		takeParse(raw) {
			const entry = kept.get(raw);
			if (!entry) return { parsed: parseContentFile(raw) };
			kept.delete(raw);
			return entry;
		},
		dropParse(raw) {
			const verdict = kept.get(raw)?.verdict;
			kept.delete(raw);
			return verdict;
		},
		noteLoad() {
			loads++;
		},
		loads: () => loads,
		articleDates: () => dates,
		renames: () => renames,
		publishedAt: () => checkedAt ?? publishingNow(),
		keepHistory(read) {
			history = read;
		},
		history: () => (history ??= Promise.resolve(unavailableHistory('nothing read the history'))),
		onReplaced(release) {
			releases.push(release);
		},
		release() {
			for (const release of releases.splice(0)) release();
		},
	};
}

const key = Symbol.for('dossier.contentHandover');
const shared = globalThis as { [key]?: Held };

/** Begins this build's hand-over (or this run of astro dev's), releasing what was tied to the one before. */
export function beginHandover(): ContentHandover {
	const previous = shared[key];
	const handover = (shared[key] = createHandover());
	previous?.release();
	return handover;
}

/** The hand-over of this build, or of this run of astro dev; a new one when no check has begun one (a test, a script). */
export const currentHandover = (): ContentHandover => shared[key] ?? beginHandover();

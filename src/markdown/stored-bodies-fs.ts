/**
 * Bodies' HTML kept beside Astro's content store rather than in it: a file per
 * rendered body, named by its entry's id and digest, in a folder beside the
 * store (astro dev's in .astro/, a build's in the cache folder). Astro writes
 * its whole store again after every change to one entry, and in `astro dev`
 * makes a module of it and runs that module again; the bodies' HTML was more
 * than half of it. An entry keeps its render's metadata (headings, pictures,
 * the plugins' findings) and the path of its body's file, which pages, feeds
 * and the graph (for the body's links) read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beingWritten, writeWhole } from '../check/whole-files-fs.ts';
import { findingsOf } from './findings.ts';

type Store = LoaderContext['store'];
type Rendered = NonNullable<ReturnType<Store['get']>>['rendered'];

/** Where astro dev keeps its content store: in the project's .astro/. */
const devStoreDir = (root: URL) => new URL('.astro/', root);

/** Where Astro keeps its content store: astro dev's in the project's .astro/, a build's in the cache folder. */
export const contentStoreDir = ({ root, cacheDir }: { root: URL; cacheDir: URL }, dev: boolean): URL => (dev ? devStoreDir(root) : cacheDir);

const bodiesBeside = (storeDir: URL) => path.join(fileURLToPath(storeDir), 'dossier-bodies');

/** Where a collection's bodies are kept: beside the store whose entries name them. */
export const bodiesFolder = (config: { root: URL; cacheDir: URL }, collection: string, dev: boolean) =>
	path.join(bodiesBeside(contentStoreDir(config, dev)), collection);

/**
 * Where astro dev keeps the bodies, inside the project: its file watcher must leave them alone (astro.config.mjs).
 * Watched, each file written was an event to handle, and at 4,000 explainers the server took twice as long to start.
 */
export const devBodiesRoot = (root: URL) => bodiesBeside(devStoreDir(root));

/**
 * The file of one entry's body; a new digest is a new file, so a page never reads another version's body. The id is
 * hashed: a file name as long as the system allows would be too long with the digest added.
 */
const bodyFile = (folder: string, id: string, digest: string | number | undefined) =>
	path.join(folder, `${createHash('sha1').update(id).digest('hex').slice(0, 16)}.${digest}.html`);

/** The names of the files the collection's last load used, which a page of an earlier load may still be reading. */
const inUseList = 'in-use.json';

const fileOf = (rendered: Rendered): string | undefined => {
	const file = rendered?.metadata?.['bodyFile'];
	return typeof file === 'string' ? file : undefined;
};

/**
 * The collection's store, with each body's HTML written to its own file as its entry is stored, and the entry keeping
 * the file's path instead. An entry is not found, so that it is rendered again, when its file is missing (the folder
 * was cleared), is another folder's (the project moved), its HTML is inline (an earlier version stored it, or its file
 * could not be written), or its body could not be rendered (a build stopped on it: it must stop on it again, not
 * publish it empty).
 */
export function keepingBodiesApart(store: Store, folder: string): Store {
	try {
		mkdirSync(folder, { recursive: true });
	} catch {
		// Then no file can be written, and every body is stored inline.
	}
	return {
		...store,
		get: <TData extends Record<string, unknown>>(id: string) => {
			const entry = store.get<TData>(id);
			if (!entry?.rendered) return entry;
			const file = fileOf(entry.rendered);
			const kept = file === bodyFile(folder, id, entry.digest) && existsSync(file) && !findingsOf(entry.rendered.metadata).renderFailure;
			return kept ? entry : undefined;
		},
		set: (entry) => {
			if (!entry.rendered) return store.set(entry);
			// Astro leaves an entry stored under the same digest as it was: one found wanting above is replaced only once gone.
			if (store.get(entry.id)?.digest === entry.digest) store.delete(entry.id);
			const file = bodyFile(folder, entry.id, entry.digest);
			try {
				// Whole: a build stopped halfway leaves no short body that a later one would take as kept.
				writeWhole(file, entry.rendered.html);
			} catch {
				// A disk full or a file held by another program: the body is stored inline, and its file written next time.
				return store.set(entry);
			}
			return store.set({ ...entry, rendered: { html: '', metadata: { ...entry.rendered.metadata, bodyFile: file } } });
		},
	};
}

/**
 * Removes the files of bodies neither this load of the collection nor the one before it uses (an entry edited, renamed
 * or deleted): in astro dev, a page or feed of the last load may still be reading its file while this one is stored,
 * and a build or check running beside this one reads the files of its own load. A file that cannot be removed stays.
 */
export function removeUnusedBodies(store: Store, folder: string) {
	const list = path.join(folder, inUseList);
	const used = store
		.values()
		.flatMap((entry) => fileOf(entry.rendered) ?? [])
		.map((file) => path.basename(file));
	let before: string[] = [];
	try {
		before = JSON.parse(readFileSync(list, 'utf8')) as string[];
	} catch {
		// No load before this one, or its list was lost: only this load's files are kept.
	}
	const kept = new Set([...used, ...before, inUseList]);
	try {
		writeWhole(list, JSON.stringify(used));
		for (const name of readdirSync(folder)) if (!kept.has(name) && !beingWritten(name)) rmSync(path.join(folder, name), { force: true, maxRetries: 2 });
	} catch {
		// A file held by another program (on Windows): it goes at a later load.
	}
}

/**
 * A stored entry's render, with its body's HTML read from its file each time it is asked for, so that the HTML is
 * held only while a page, a feed or the graph uses it. A render without a file (a test's, or one stored inline) is as it was.
 */
export function withBodyFromFile<R extends { html: string; metadata?: Record<string, unknown> }>(rendered: R): R {
	const file = fileOf(rendered);
	if (!file) return rendered;
	return Object.defineProperty({ ...rendered }, 'html', { enumerable: true, get: () => readFileSync(file, 'utf8') });
}

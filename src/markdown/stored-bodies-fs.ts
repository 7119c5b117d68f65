/**
 * Bodies' HTML kept beside Astro's content store rather than in it: a file per
 * rendered body, named by its entry's id and digest, in Astro's cache folder.
 * Astro writes its whole store again after every change to one entry, and in
 * `astro dev` makes a module of it and runs that module again; the bodies' HTML
 * was more than half of it. An entry keeps its render's metadata (headings,
 * pictures, the plugins' findings) and the path of its body's file; pages read
 * the file when they show the body.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beingWritten, writeWhole } from '../check/whole-files-fs.ts';

type Store = LoaderContext['store'];
type Rendered = NonNullable<ReturnType<Store['get']>>['rendered'];

/** Where a collection's bodies are kept: astro dev's apart from a build's, as Astro keeps its two stores. */
export const bodiesFolder = (cacheDir: URL, collection: string, dev: boolean) =>
	path.join(fileURLToPath(cacheDir), dev ? 'dossier-bodies-dev' : 'dossier-bodies', collection);

/** The file of one entry's body; a new digest is a new file, so a page never reads another version's body. */
const bodyFile = (folder: string, id: string, digest: string | number | undefined) => path.join(folder, `${encodeURIComponent(id)}.${digest}.html`);

const fileOf = (rendered: Rendered): string | undefined => {
	const file = rendered?.metadata?.['bodyFile'];
	return typeof file === 'string' ? file : undefined;
};

/**
 * The collection's store, with each body's HTML written to its own file as its entry is stored, and the entry keeping
 * the file's path instead. An entry whose file is missing (the folder was cleared, or the project moved) or stored
 * with its HTML inline (by an earlier version) is not found, so that it is rendered again rather than shown empty.
 */
export function keepingBodiesApart(store: Store, folder: string): Store {
	mkdirSync(folder, { recursive: true });
	return {
		...store,
		get: <TData extends Record<string, unknown>>(id: string) => {
			const entry = store.get<TData>(id);
			if (!entry?.rendered) return entry;
			const file = fileOf(entry.rendered);
			return file === bodyFile(folder, id, entry.digest) && existsSync(file) ? entry : undefined;
		},
		set: (entry) => {
			if (!entry.rendered) return store.set(entry);
			const file = bodyFile(folder, entry.id, entry.digest);
			// Whole: a build stopped halfway leaves no short body that a later one would take as kept.
			writeWhole(file, entry.rendered.html);
			return store.set({ ...entry, rendered: { html: '', metadata: { ...entry.rendered.metadata, bodyFile: file } } });
		},
	};
}

/** Removes the files of bodies the collection's store no longer holds (an entry edited, renamed or deleted). */
export function removeUnusedBodies(store: Store, folder: string) {
	const used = new Set(store.values().map((entry) => fileOf(entry.rendered)));
	for (const name of readdirSync(folder)) {
		const file = path.join(folder, name);
		if (!used.has(file) && !beingWritten(name)) rmSync(file, { force: true });
	}
}

/**
 * A stored entry's render, with its body's HTML read from its file each time it is asked for, so that the HTML is
 * held only while a page or feed uses it. A render without a file (a test's, or one Astro stored whole) is as it was.
 */
export function withBodyFromFile<R extends { html: string; metadata?: Record<string, unknown> }>(rendered: R): R {
	const file = fileOf(rendered);
	if (!file) return rendered;
	return Object.defineProperty({ ...rendered }, 'html', { enumerable: true, get: () => readFileSync(file, 'utf8') });
}

/**
 * Bodies' HTML kept beside Astro's store: the store holds each body's file and its render's metadata, a page reads the
 * HTML back, an entry whose file is not there is rendered again rather than shown empty, and files of bodies no
 * longer stored are removed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { keepingBodiesApart, removeUnusedBodies, withBodyFromFile } from '../src/markdown/stored-bodies-fs.ts';

type Store = LoaderContext['store'];
type StoredEntry = NonNullable<ReturnType<Store['get']>>;

/** A collection's store as Astro's loaders get it, over a map. */
function memoryStore(): Store & { entries: Map<string, StoredEntry> } {
	const entries = new Map<string, StoredEntry>();
	return {
		entries,
		get: (id: string) => entries.get(id),
		set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
		values: () => [...entries.values()],
		delete: (id: string) => void entries.delete(id),
	} as unknown as Store & { entries: Map<string, StoredEntry> };
}

const entry = (id: string, digest: string, html: string): StoredEntry => ({
	id,
	data: {},
	digest,
	rendered: { html, metadata: { headings: [{ depth: 2, slug: 'talks', text: 'Talks' }], frontmatter: { dossier: { readingMinutes: 2 } } } },
});

let folder: string;
let store: ReturnType<typeof memoryStore>;
beforeEach(() => {
	folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-bodies-')), 'articles');
	store = memoryStore();
});
afterEach(() => rmSync(path.dirname(folder), { recursive: true, force: true }));

describe('a stored body', () => {
	test('keeps its metadata and the path of its file; its HTML is in the file, and a page reads it back', () => {
		keepingBodiesApart(store, folder).set(entry('talks-open', 'd1', '<p>The talks opened.</p>'));
		const stored = store.entries.get('talks-open')!;
		expect(stored.rendered!.html).toBe('');
		expect(stored.rendered!.metadata).toMatchObject({ headings: [{ slug: 'talks' }], frontmatter: { dossier: { readingMinutes: 2 } } });
		expect(readdirSync(folder)).toEqual(['talks-open.d1.html']);
		expect(withBodyFromFile(stored.rendered!).html).toBe('<p>The talks opened.</p>');
	});

	test('an id with characters a file name cannot hold is still one file of its own', () => {
		keepingBodiesApart(store, folder).set(entry('a/b:c', 'd1', '<p>x</p>'));
		expect(readdirSync(folder)).toEqual(['a%2Fb%3Ac.d1.html']);
	});

	test('a render without a file of its own (stored whole, or a test’s) is read as it is', () => {
		const rendered = { html: '<p>inline</p>', metadata: {} };
		expect(withBodyFromFile(rendered)).toBe(rendered);
	});
});

describe('an entry is found in the store only with its body’s file', () => {
	test.each([
		['its file is there', () => {}, true],
		['its file was deleted', () => rmSync(path.join(folder, 'talks-open.d1.html')), false],
		['it was stored with its HTML inline', () => store.entries.set('talks-open', entry('talks-open', 'd1', '<p>inline</p>')), false],
		['it was stored with the file of another folder', () => store.entries.get('talks-open')!.rendered!.metadata!.bodyFile = '/elsewhere/talks-open.d1.html', false],
	])('%s', (_case, change, found) => {
		const bodies = keepingBodiesApart(store, folder);
		bodies.set(entry('talks-open', 'd1', '<p>The talks opened.</p>'));
		change();
		expect(bodies.get('talks-open') !== undefined).toBe(found);
	});

	test('an entry without a render is found as stored', () => {
		const bodies = keepingBodiesApart(store, folder);
		bodies.set({ id: 'plain', data: {}, digest: 'd1' });
		expect(bodies.get('plain')).toEqual({ id: 'plain', data: {}, digest: 'd1' });
	});
});

test('the files of bodies no longer stored go; those stored, and one a running build is writing, stay', () => {
	const bodies = keepingBodiesApart(store, folder);
	bodies.set(entry('talks-open', 'd1', '<p>First.</p>'));
	bodies.set(entry('talks-open', 'd2', '<p>Edited.</p>'));
	bodies.set(entry('deleted', 'd1', '<p>Gone.</p>'));
	store.entries.delete('deleted');
	writeFileSync(path.join(folder, `other.d1.html.${process.pid}.partial`), '<p>Half</p>');
	writeFileSync(path.join(folder, 'stopped.d1.html.999999999.partial'), '<p>Half</p>');
	removeUnusedBodies(store, folder);
	expect(readdirSync(folder).sort()).toEqual([`other.d1.html.${process.pid}.partial`, 'talks-open.d2.html']);
	expect(readFileSync(path.join(folder, 'talks-open.d2.html'), 'utf8')).toBe('<p>Edited.</p>');
	expect(existsSync(path.join(folder, 'deleted.d1.html'))).toBe(false);
});

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

/** A collection's store as Astro's loaders get it, over a map: like Astro's, it keeps an entry set again under the same digest as it was. */
function memoryStore(): Store & { entries: Map<string, StoredEntry> } {
	const entries = new Map<string, StoredEntry>();
	return {
		entries,
		get: (id: string) => entries.get(id),
		set: (entry: StoredEntry) => (entries.get(entry.id)?.digest === entry.digest ? false : (entries.set(entry.id, entry), true)),
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

/** The file an entry's body is stored in. */
const stored = (id: string) => store.entries.get(id)!.rendered!.metadata!.bodyFile as string;

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
		expect(readdirSync(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.d1\.html$/)]);
		expect(withBodyFromFile(stored.rendered!).html).toBe('<p>The talks opened.</p>');
	});

	test.each([
		['characters a file name cannot hold', 'a/b:c'],
		['the longest name a file may have, in letters of two bytes', 'é'.repeat(126)],
	])('an id with %s is one file of its own, found again', (_case, id) => {
		const bodies = keepingBodiesApart(store, folder);
		bodies.set(entry(id, 'd1', '<p>x</p>'));
		expect(readdirSync(folder)).toHaveLength(1);
		expect(withBodyFromFile(bodies.get(id)!.rendered!).html).toBe('<p>x</p>');
	});

	test('a render without a file of its own (stored whole, or a test’s) is read as it is', () => {
		const rendered = { html: '<p>inline</p>', metadata: {} };
		expect(withBodyFromFile(rendered)).toBe(rendered);
	});
});

describe('an entry is found in the store only with its body’s file', () => {
	test.each([
		['its file is there', () => {}, true],
		['its file was deleted', () => rmSync(stored('talks-open')), false],
		['it was stored with its HTML inline', () => store.entries.set('talks-open', entry('talks-open', 'd1', '<p>inline</p>')), false],
		[
			'it was stored with the file of another folder',
			() => (store.entries.get('talks-open')!.rendered!.metadata!.bodyFile = '/elsewhere/talks-open.d1.html'),
			false,
		],
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

describe('an entry found wanting is stored again, in this folder', () => {
	test('after the project moved: its file is this folder’s, and the other folder’s is not read', () => {
		keepingBodiesApart(store, path.join(folder, 'before')).set(entry('talks-open', 'd1', '<p>The talks opened.</p>'));
		const bodies = keepingBodiesApart(store, folder);
		expect(bodies.get('talks-open')).toBeUndefined();
		bodies.set(entry('talks-open', 'd1', '<p>The talks opened.</p>'));
		expect(path.dirname(stored('talks-open'))).toBe(folder);
		expect(withBodyFromFile(bodies.get('talks-open')!.rendered!).html).toBe('<p>The talks opened.</p>');
	});

	test('after its body could not be rendered: it is rendered again, so that a build stops on it again', () => {
		const bodies = keepingBodiesApart(store, folder);
		const failed = entry('talks-open', 'd1', '');
		failed.rendered!.metadata = { frontmatter: { dossier: { renderFailure: 'too deep' } } };
		bodies.set(failed);
		expect(bodies.get('talks-open')).toBeUndefined();
	});

	test('when no file can be written there: inline, as Astro would store it, and rendered again next time', () => {
		writeFileSync(path.join(path.dirname(folder), 'blocked'), 'a file where the folder would be');
		const bodies = keepingBodiesApart(store, path.join(path.dirname(folder), 'blocked', 'articles'));
		bodies.set(entry('talks-open', 'd1', '<p>The talks opened.</p>'));
		expect(store.entries.get('talks-open')!.rendered!.html).toBe('<p>The talks opened.</p>');
		expect(withBodyFromFile(store.entries.get('talks-open')!.rendered!).html).toBe('<p>The talks opened.</p>');
		expect(bodies.get('talks-open')).toBeUndefined();
	});
});

test('a body’s file goes once neither this load nor the one before uses it; one a running build is writing stays', () => {
	const bodies = keepingBodiesApart(store, folder);
	const load = (digest: string, html: string) => {
		bodies.set(entry('talks-open', digest, html));
		removeUnusedBodies(store, folder);
		return stored('talks-open');
	};
	const first = load('d1', '<p>First.</p>');
	bodies.set(entry('deleted', 'd1', '<p>Gone.</p>'));
	const deleted = stored('deleted');
	writeFileSync(path.join(folder, `other.d1.html.${process.pid}.partial`), '<p>Half</p>');
	writeFileSync(path.join(folder, 'stopped.d1.html.999999999.partial'), '<p>Half</p>');
	store.entries.delete('deleted');
	const second = load('d2', '<p>Edited.</p>');
	// The first version is kept one load longer: a page of that load may still be reading it.
	expect(existsSync(first)).toBe(true);
	const third = load('d3', '<p>Edited again.</p>');
	expect(readdirSync(folder).sort()).toEqual([`other.d1.html.${process.pid}.partial`, path.basename(second), path.basename(third), 'in-use.json'].sort());
	expect(readFileSync(third, 'utf8')).toBe('<p>Edited again.</p>');
	expect(existsSync(deleted)).toBe(false);
});

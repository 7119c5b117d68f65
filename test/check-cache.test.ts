/**
 * The content check's cache: what it read from each file is kept between runs, and a second run reports exactly
 * what the first did, lines included, without parsing an unchanged file's YAML or body again.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize } from 'node:v8';
import * as yaml from 'yaml';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { checkCache } from '../src/check/check-cache-fs.ts';
import { readContentFiles } from '../src/check/content-files-fs.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { validateContent } from '../src/check/validate.ts';
import type { BodyContents } from '../src/check/content-file.ts';

vi.mock('yaml', async (original) => {
	const actual = await original<typeof yaml>();
	return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});
const yamlParses = () => vi.mocked(yaml.parseDocument).mock.calls.length;

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const agrees = 'articles/2024-03-01-ostmark-agrees.md';
let root: string;
let cacheFile: string;

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'check-cache-'));
	cpSync(fixture, path.join(root, 'src/content'), { recursive: true });
	cacheFile = path.join(root, 'node_modules/.astro/check.bin');
	vi.mocked(yaml.parseDocument).mockClear();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const content = (name: string) => path.join(root, 'src/content', name);
const edit = (name: string, from: string, to: string) => writeFileSync(content(name), readFileSync(content(name), 'utf8').replace(from, to));

/** A parse without its line finder, a function made anew by each parse. */
const withoutLineOf = <Parsed extends { lineOf?: unknown }>({ lineOf: _, ...rest }: Parsed) => rest;

/** One run of the check with the cache, as the content-check integration makes it; returns the files and the problems. */
function run(version = 'v1') {
	const cache = checkCache(cacheFile, version);
	const files = readContentFiles(root, undefined, cache.parse);
	const problems = validateContent(files, { root, remembered: cache });
	cache.save();
	return { files, problems };
}

test('a second run reads nothing again and reports the same problems, each on its line', () => {
	// A schema problem (its line comes from the YAML), a YAML slip and a broken link in a body.
	edit(agrees, 'topics: [north-border]', 'topics: north-border');
	edit('actors/ostmark.md', 'kind: country', 'kind: country #1');
	edit('articles/2024-02-05-talks-open.md', '\n\n', '\n\nSee [the old page](/actors/nobody/).\n\n');
	const first = run();
	const parsedFirst = yamlParses();
	expect(parsedFirst).toBeGreaterThan(15);
	expect(first.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
		'src/content/articles/2024-02-05-talks-open.md:41 (body) link /actors/nobody/',
		'src/content/articles/2024-03-01-ostmark-agrees.md:5 topics',
		'src/content/actors/ostmark.md:3 (frontmatter)',
	]);

	const second = run();
	// Only the one file with a problem on a field of its YAML is parsed again, to find that field's line.
	expect(yamlParses() - parsedFirst).toBe(1);
	expect(second.problems).toEqual(first.problems);
	expect(second.files.map(withoutLineOf)).toEqual(first.files.map(withoutLineOf));
});

test('a body read before is not searched for links and pictures again; a changed one is', () => {
	run();
	const cache = checkCache(cacheFile, 'v1');
	const unchanged = readFileSync(content(agrees), 'utf8');
	cache.parse(unchanged);
	const find = vi.fn((): BodyContents => ({ links: [], images: [] }));
	expect(cache.contents(unchanged, find).links.length).toBeGreaterThan(0);
	expect(find).not.toHaveBeenCalled();

	const changed = `${unchanged}\nA sentence added since.\n`;
	expect(withoutLineOf(cache.parse(changed))).toEqual(withoutLineOf(parseContentFile(changed)));
	expect(cache.contents(changed, find)).toEqual({ links: [], images: [] });
	expect(find).toHaveBeenCalledOnce();
});

test('a changed file is read afresh, and a file gone is forgotten', () => {
	run();
	edit(agrees, 'status: accepted', 'status: rejected');
	rmSync(content('articles/2024-03-15-draft-secret-plan.md'));
	const before = yamlParses();
	const { files } = run();
	expect(yamlParses() - before).toBe(1);
	expect(JSON.stringify(files.find((file) => file.path.endsWith(agrees))?.data)).toContain('"status":"rejected"');
	// One entry for each file there is now, the edited one under its new text, the deleted one gone.
	const { entries } = deserialize(readFileSync(cacheFile)) as { entries: [string, unknown][] };
	const hashes = files.filter((file) => !file.format).map((file) => createHash('sha1').update(file.raw).digest('base64url'));
	expect(entries.map(([hash]) => hash).sort()).toEqual([...new Set(hashes)].sort());
});

test.each([
	['written by other code', () => run('v0')],
	['unreadable', () => writeFileSync(cacheFile, 'not a cache')],
])('a cache %s is not used, and is replaced', (_, spoil) => {
	run();
	spoil();
	const before = yamlParses();
	const { problems } = run();
	expect(problems).toEqual([]);
	expect(yamlParses() - before).toBeGreaterThan(15);
	const after = yamlParses();
	run();
	expect(yamlParses()).toBe(after);
});

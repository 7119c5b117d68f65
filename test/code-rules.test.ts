/**
 * Rules the code keeps as it grows (see the README's project layout): entity
 * URLs are built only by the registry, and history pages' by the URL table, what crosses Astro's two copies of a
 * module goes through one hand-over, and no code file grows past 300 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from './helpers/site.ts';

const src = path.join(projectRoot, 'src');
const codeFiles = readdirSync(src, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.startsWith(`content${path.sep}`))
	.map((file) => ({ file, text: readFileSync(path.join(src, file), 'utf8') }));

test('there is code to check', () => {
	expect(codeFiles.length).toBeGreaterThan(20);
});

test('no code outside the entity registry writes an entity URL by hand', () => {
	const handWritten = codeFiles
		.filter(({ file }) => file !== path.join('model', 'entity-kinds.ts'))
		.flatMap(({ file, text }) => [...text.matchAll(/\/(actors|demands|sources|topics)\//g)].map((match) => `${file}: ${match[0]}`));
	expect(handWritten).toEqual([]);
});

test("no code outside the URL table writes the address of an explainer's history page by hand", () => {
	const handWritten = codeFiles
		.filter(({ file }) => file !== path.join('model', 'urls.ts'))
		.flatMap(({ file, text }) => [...text.matchAll(/\/history\//g)].map((match) => `${file}: ${match[0]}`));
	expect(handWritten).toEqual([]);
});

test('the placeholder address is written only in src/config/site.ts: everything else derives from the one setting', () => {
	const scripts = readdirSync(path.join(projectRoot, 'scripts'), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.map((file) => ({ file: path.join('..', 'scripts', file), text: readFileSync(path.join(projectRoot, 'scripts', file), 'utf8') }));
	const config = { file: path.join('..', 'astro.config.mjs'), text: readFileSync(path.join(projectRoot, 'astro.config.mjs'), 'utf8') };
	const naming = [...codeFiles, ...scripts, config].filter(({ text }) => text.includes('dossier.example.org')).map(({ file }) => file);
	expect(naming).toEqual([path.join('config', 'site.ts')]);
});

test('how a URL scheme is recognised is written only in src/config/url-scheme.ts: the rest ask src/model/url-schemes.ts', () => {
	const writing = codeFiles.filter(({ text }) => text.includes('[a-z][a-z\\d+.-]*')).map(({ file }) => file);
	expect(writing).toEqual([path.join('config', 'url-scheme.ts')]);
});

test("only the content check's hand-over uses globalThis, where Astro's two copies of a module meet", () => {
	const onGlobal = codeFiles.filter(({ text }) => text.includes('globalThis')).map(({ file }) => file);
	expect(onGlobal).toEqual([path.join('check', 'handover.ts')]);
});

test('a module that reads or writes the disk says so: it ends in -fs.ts, or it is in markdown/ or integrations/, which run only in the build', () => {
	const unnamed = codeFiles
		.filter(({ text }) => /from 'node:fs(?:\/promises)?'/.test(text))
		.map(({ file }) => file.split(path.sep).join('/'))
		.filter((file) => !file.endsWith('-fs.ts') && !/^(markdown|integrations)\//.test(file));
	expect(unnamed).toEqual([]);
});

// A catalogue is the interface's text, not code: one file per language keeps adding a language to one file.
const isCatalogue = (file: string) => file.startsWith(path.join('i18n', 'locales') + path.sep);

test('no code file is over 300 lines', () => {
	const long = codeFiles
		.filter(({ file }) => !isCatalogue(file))
		.map(({ file, text }) => ({ file, lines: text.split('\n').length }))
		.filter(({ lines }) => lines > 300);
	expect(long).toEqual([]);
});

test('no two modules export a function, constant or type of the same name (routes aside: Astro names their GET and getStaticPaths)', () => {
	const exporters = new Map<string, string[]>();
	for (const { file, text } of codeFiles.filter(({ file }) => !isCatalogue(file) && !file.startsWith(`pages${path.sep}`))) {
		for (const [, name] of text.matchAll(/^export (?:async )?(?:function|const|let|type|interface|class|enum) ([\w$]+)/gm)) {
			exporters.set(name!, [...(exporters.get(name!) ?? []), file]);
		}
	}
	expect([...exporters].filter(([, files]) => files.length > 1)).toEqual([]);
});

test('layouts and components build no trail or JSON-LD: they take both from their route, and import those modules for types only', () => {
	const builders = /^import (?!type )([^;]*?) from '[./]*(?:views\/breadcrumbs|outputs\/head\/json-ld[\w-]*)\.ts';/gm;
	// Writing the script element is the JsonLd component's own job.
	const values = (names: string) =>
		names
			.replace(/[{}]/g, '')
			.split(',')
			.map((name) => name.trim())
			.filter((name) => name && !name.startsWith('type ') && name !== 'serializeJsonLd');
	const building = codeFiles
		.filter(({ file }) => file.startsWith(`layouts${path.sep}`) || file.startsWith(`components${path.sep}`))
		.flatMap(({ file, text }) => [...text.matchAll(builders)].flatMap(([, names]) => values(names!).map((name) => `${file}: ${name}`)));
	expect(building).toEqual([]);
});

/**
 * Frontmatter completion and validation in VS Code, checked offline with the
 * language server the Astro extension runs (@astrojs/language-server), set up
 * the way the repository sets up an editor: the extension .vscode/extensions.json
 * recommends, the option .vscode/settings.json turns on, and the JSON Schemas
 * that `astro sync` writes from our zod schemas to .astro/collections/
 * (with `experimental.contentIntellisense` in astro.config.mjs, which also
 * writes the list of content files the server applies them to).
 *
 * The schemas are made afresh from src/model/schemas.ts on every run, in a
 * throwaway copy of the project, so they cannot drift from the zod schemas.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollectionName, collectionNames, schemas, stances } from '../src/model/schemas.ts';
import { createSite, projectRoot, run, type Site } from './helpers/site.ts';

const require = createRequire(import.meta.url);
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const serverBin = require.resolve('@astrojs/language-server/bin/nodeServer.js');
const tsdk = path.join(path.dirname(require.resolve('typescript/package.json')), 'lib');

const readJson = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8')) as Record<string, unknown>;
const vscodeSettings = readJson('.vscode/settings.json');
const vscodeExtensions = readJson('.vscode/extensions.json');

// LSP values this test reads (vscode-languageserver-types).
const propertyKind = 10; // CompletionItemKind.Property
const errorSeverity = 1; // DiagnosticSeverity.Error
interface Position {
	line: number;
	character: number;
}
interface CompletionItem {
	label: string;
	kind?: number;
	documentation?: string | { value: string };
}
interface Diagnostic {
	range: { start: Position; end: Position };
	message: string;
	severity?: number;
}
interface Location {
	uri: string;
	range: { start: Position; end: Position };
}

/** A minimal LSP client over stdio: requests, notifications, and null for whatever the server asks of the editor. */
class LanguageClient {
	#child: ChildProcessWithoutNullStreams;
	#nextId = 1;
	#pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	#buffer = Buffer.alloc(0);
	stderr = '';

	constructor(command: string, args: string[]) {
		this.#child = spawn(command, args, { stdio: 'pipe' });
		this.#child.stdout.on('data', (chunk: Buffer) => this.#read(chunk));
		this.#child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk));
		this.#child.on('exit', (code) => {
			for (const { reject } of this.#pending.values()) reject(new Error(`the language server exited (${code}):\n${this.stderr}`));
			this.#pending.clear();
		});
	}

	request<T>(method: string, params: unknown): Promise<T> {
		const id = this.#nextId++;
		const reply = new Promise<T>((resolve, reject) => this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
		this.#send({ id, method, params });
		return reply;
	}

	notify(method: string, params: unknown) {
		this.#send({ method, params });
	}

	async stop() {
		await this.request('shutdown', null).catch(() => undefined);
		this.notify('exit', null);
		this.#child.kill();
	}

	#send(message: object) {
		const json = JSON.stringify({ jsonrpc: '2.0', ...message });
		this.#child.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
	}

	#read(chunk: Buffer) {
		this.#buffer = Buffer.concat([this.#buffer, chunk]);
		for (;;) {
			const headerEnd = this.#buffer.indexOf('\r\n\r\n');
			if (headerEnd < 0) return;
			const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
			const start = headerEnd + 4;
			if (this.#buffer.length < start + length) return;
			const message = JSON.parse(this.#buffer.subarray(start, start + length).toString('utf8'));
			this.#buffer = this.#buffer.subarray(start + length);
			this.#receive(message);
		}
	}

	#receive(message: { id?: number; method?: string; params?: { items?: unknown[] }; result?: unknown; error?: { message: string } }) {
		if (message.method !== undefined) {
			// A request from the server (configuration, capability registration, progress): answer as an editor with no settings would.
			if (message.id !== undefined) {
				const result = message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null;
				this.#send({ id: message.id, result });
			}
			return;
		}
		const pending = this.#pending.get(message.id!);
		if (!pending) return;
		this.#pending.delete(message.id!);
		if (message.error) pending.reject(new Error(message.error.message));
		else pending.resolve(message.result);
	}
}

let site: Site;
let client: LanguageClient;
let version = 0;
const opened = new Set<string>();

/** The content files of a collection in the throwaway project. */
function contentFiles(collection: CollectionName): string[] {
	const folder = path.join(site.contentDir, collection);
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => path.join(folder, name));
}

/**
 * Opens `text` as the editor's buffer of a content file of `collection` (the
 * server applies the schemas to the files `astro sync` listed, whatever the
 * buffer holds). `‸` marks the cursor, and is taken out.
 */
function open(collection: CollectionName, text: string, file = contentFiles(collection)[0]!): { uri: string; cursor: Position } {
	const uri = pathToFileURL(file).href;
	const lines = text.split('\n');
	const line = lines.findIndex((l) => l.includes('‸'));
	const cursor = { line, character: line < 0 ? 0 : lines[line]!.indexOf('‸') };
	const buffer = text.replace('‸', '');
	if (opened.has(uri)) client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: buffer }] });
	else client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: ++version, text: buffer } });
	opened.add(uri);
	return { uri, cursor };
}

async function complete(collection: CollectionName, text: string): Promise<CompletionItem[]> {
	const { uri, cursor } = open(collection, text);
	const list = await client.request<{ items: CompletionItem[] } | CompletionItem[] | null>('textDocument/completion', {
		textDocument: { uri },
		position: cursor,
		context: { triggerKind: 1 }, // Invoked, as with Ctrl+Space
	});
	return Array.isArray(list) ? list : (list?.items ?? []);
}

async function diagnose(uri: string): Promise<Diagnostic[]> {
	const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
	return report.items;
}

const keys = (items: CompletionItem[]) => items.filter((item) => item.kind === propertyKind).map((item) => item.label);

/** An article whose first demand has a first position: `position` is its body, indented under `- `. */
const articleWithPosition = (position: string) => `---
title: A test article
summary: One sentence.
published: 2025-03-13
demands:
  - demand: ukraine-never-joins-nato
    positions:
${position
	.split('\n')
	.map((line, i) => (i === 0 ? `      - ${line}` : `        ${line}`))
	.join('\n')}
---

Body.
`;

beforeAll(async () => {
	site = createSite(path.join(projectRoot, 'src', 'content'));
	const sync = await run(site.root, [astroBin, 'sync']);
	if (sync.code !== 0) throw new Error(`astro sync failed:\n${sync.output}`);
	client = new LanguageClient(process.execPath, [serverBin, '--stdio']);
	const root = pathToFileURL(site.root).href;
	await client.request('initialize', {
		processId: process.pid,
		rootUri: root,
		workspaceFolders: [{ uri: root, name: 'dossier' }],
		capabilities: {
			textDocument: {
				completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
				hover: { contentFormat: ['markdown', 'plaintext'] },
				diagnostic: {},
			},
			workspace: { configuration: true, workspaceFolders: true },
		},
		// What the Astro extension sends: `contentIntellisense` is its `astro.content-intellisense` setting.
		initializationOptions: { typescript: { tsdk }, contentIntellisense: vscodeSettings['astro.content-intellisense'] },
	});
	client.notify('initialized', {});
});

afterAll(async () => {
	await client?.stop();
	site?.remove();
});

describe('frontmatter completion and validation in VS Code', () => {
	it('is set up by the repository: the Astro extension, its content intellisense, and the schemas astro sync writes', () => {
		expect(vscodeExtensions.recommendations).toContain('astro-build.astro-vscode');
		expect(vscodeSettings['astro.content-intellisense']).toBe(true);
		// Written only with experimental.contentIntellisense: the files each schema applies to.
		const manifest = JSON.parse(readFileSync(path.join(site.root, '.astro', 'collections', 'collections.json'), 'utf8')) as {
			collections: { name: string; hasSchema: boolean }[];
			entries: Record<string, string>;
		};
		expect(manifest.collections.filter((c) => c.hasSchema).map((c) => c.name)).toEqual(expect.arrayContaining(collectionNames));
		for (const collection of collectionNames) {
			for (const file of contentFiles(collection)) expect(manifest.entries[pathToFileURL(file).href.toLowerCase()]).toBe(collection);
		}
	});

	it("completes the five stances in an article's demands[0].positions[0]", async () => {
		const items = await complete('articles', articleWithPosition('actor: russia\nstance: ‸'));
		expect(items.map((item) => item.label)).toEqual(['supports', 'opposes', 'mixed', 'no-response', 'unclear']);
		// …which are the schema's, in its order.
		expect(items.map((item) => item.label)).toEqual([...stances]);
	});

	it('completes the keys of a position', async () => {
		const items = await complete('articles', articleWithPosition('‸'));
		expect(keys(items).sort()).toEqual(['actor', 'cite', 'date', 'note', 'stance']);
	});

	it('reports a stance that is not one of the five', async () => {
		const text = articleWithPosition('actor: russia\nstance: support');
		const { uri } = open('articles', text);
		const line = text.split('\n').findIndex((l) => l.endsWith('stance: support'));
		const diagnostics = await diagnose(uri);
		expect(diagnostics).toContainEqual(
			expect.objectContaining({
				message: 'Value is not accepted. Valid values: "supports", "opposes", "mixed", "no-response", "unclear".',
				severity: errorSeverity,
				range: expect.objectContaining({ start: { line, character: 16 } }),
			}),
		);
	});

	it('reports a key the schema does not know, as the content check does', async () => {
		const text = articleWithPosition('actor: russia\nstance: supports\nstnace: supports');
		const { uri } = open('articles', text);
		const line = text.split('\n').findIndex((l) => l.endsWith('stnace: supports'));
		expect((await diagnose(uri)).map((d) => ({ line: d.range.start.line, message: d.message }))).toEqual([
			{ line, message: expect.stringContaining('stnace') },
		]);
	});

	it.each(collectionNames)('completes the top-level keys of %s from its zod schema', async (collection) => {
		const items = await complete(collection, '---\n‸\n---\n');
		// Astro adds `$schema` to every collection's JSON Schema.
		const fields = Object.keys(schemas[collection]().shape);
		expect(
			keys(items)
				.filter((key) => key !== '$schema')
				.sort(),
		).toEqual(fields.sort());
	});

	it('takes every content file as it is', async () => {
		const problems: string[] = [];
		for (const collection of collectionNames) {
			for (const file of contentFiles(collection)) {
				const { uri } = open(collection, readFileSync(file, 'utf8'), file);
				for (const { message, range } of await diagnose(uri)) {
					problems.push(`${path.relative(site.root, file)}:${range.start.line + 1}: ${message}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('leads from a key to its field, and its description, in src/model/schemas.ts (Go to Definition)', async () => {
		const text = articleWithPosition('actor: russia\nst‸ance: supports');
		const { uri, cursor } = open('articles', text);
		const [target] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: cursor });
		expect(target?.uri).toBe(pathToFileURL(path.join(site.root, 'src', 'model', 'schemas.ts')).href);
		const source = readFileSync(fileURLToPath(target!.uri), 'utf8').split('\n');
		expect(source[target!.range.start.line]).toMatch(/^\s*stance: .*\.describe\('Where the party stands\.'\)/);
	});

	it('describes each value it offers with the field’s description', async () => {
		const items = await complete('articles', articleWithPosition('actor: russia\nstance: ‸'));
		const documentation = items.map((item) => (typeof item.documentation === 'string' ? item.documentation : item.documentation?.value));
		expect(documentation.every((text) => text?.includes('Where the party stands.'))).toBe(true);
	});

	it('takes dates as editors write them: a day, or a date-time with its offset', async () => {
		const { uri } = open('articles', articleWithPosition('actor: russia\nstance: supports'));
		expect((await diagnose(uri)).map((d) => d.message)).toEqual([]);
	});
});

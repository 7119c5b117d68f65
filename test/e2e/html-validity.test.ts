/**
 * Every page of the fixture newsroom and the sample site passes the W3C Nu
 * HTML checker (the vnu-jar package, on Java) with no error.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, inject, test } from 'vitest';
import { listFiles } from '../helpers/site.ts';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;
const sites = inject('sites');

interface Message {
	type: string;
	url: string;
	message: string;
	lastLine?: number;
	extract?: string;
}

/** The checker's errors for these files, as "file:line: message". */
async function validate(files: string[], root: string): Promise<string[]> {
	// vnu exits non-zero when it finds errors; its JSON report on stderr says which.
	const { stderr } = await promisify(execFile)('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 << 20 }).catch(
		(error: { stderr: string }) => error,
	);
	const { messages } = JSON.parse(stderr) as { messages: Message[] };
	return messages.map((m) => `${path.relative(root, fileURLToPath(m.url))}:${m.lastLine}: ${m.message}`);
}

test('the checker finds errors where there are some', async () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
	writeFileSync(path.join(dir, 'bad.html'), '<!doctype html><html lang="en"><title>x</title><p><div>x</div></p><b id="a"></b><i id="a"></i>');
	const errors = await validate([path.join(dir, 'bad.html')], dir);
	rmSync(dir, { recursive: true });
	expect(errors).toEqual([expect.stringContaining('No “p” element in scope'), expect.stringContaining('Duplicate ID “a”')]);
});

test.each(Object.entries(sites))('every page of the %s site is valid HTML', async (_, { dist }) => {
	const pages = listFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => path.join(dist, file));
	expect(pages.length).toBeGreaterThan(10);
	expect(await validate(pages, dist)).toEqual([]);
	console.log(`vnu: ${pages.length} pages, 0 errors`);
});

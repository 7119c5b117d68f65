/**
 * The web editor in Chromium with no network: the built site's /admin/ page, whose configuration is the
 * committed one with the back-end swapped for the editor's test repository, which keeps the repository's
 * files in the browser's own storage (the origin-private file system). A test puts content files there,
 * works the forms, and reads back the files the editor saved.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { editorConfigFile } from '../../src/outputs/editor/config.ts';
import { listFiles } from '../helpers/site.ts';

/** The folder of the storage the test repository reads. */
const repositoryFolder = 'sveltia-cms-test';

/** The content files of a content folder, by their path in a project (src/content/…). */
export function contentFilesOf(contentDir: string): Record<string, string> {
	return Object.fromEntries(
		listFiles(contentDir)
			.filter((file) => file.endsWith('.md'))
			.map((file) => [`src/content/${file}`, readFileSync(`${contentDir}/${file}`, 'utf8')]),
	);
}

/** Requests that leave the machine are refused, and said, so that a test can fail on them. */
export async function offline(page: Page, origin: string, refused: string[]) {
	await page.route(
		(url) => url.origin !== origin,
		(route) => {
			refused.push(route.request().url());
			return route.abort('blockedbyclient');
		},
	);
}

/** Opens the editor on `files`, as the repository's content. */
export async function openEditor(page: Page, siteUrl: string, files: Record<string, string>) {
	const config = parse(readFileSync(editorConfigFile, 'utf8'));
	await page.route(
		(address) => address.pathname.endsWith('/admin/config.yml'),
		(route) => route.fulfill({ contentType: 'application/yaml', body: stringify({ ...config, backend: { name: 'test-repo' }, publish_mode: 'simple' }) }),
	);
	await page.goto(new URL('404.html', siteUrl).href);
	await page.evaluate(
		async ({ folder, files }) => {
			// The editor remembers who signed in, and the files it read: each session starts afresh.
			localStorage.clear();
			for (const { name } of await indexedDB.databases()) if (name) indexedDB.deleteDatabase(name);
			const storage = await navigator.storage.getDirectory();
			await storage.removeEntry(folder, { recursive: true }).catch(() => undefined);
			const root = await storage.getDirectoryHandle(folder, { create: true });
			for (const [file, text] of Object.entries(files)) {
				const parts = file.split('/');
				let dir = root;
				for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
				const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
				await writable.write(text);
				await writable.close();
			}
		},
		{ folder: repositoryFolder, files },
	);
	await page.goto(new URL('admin/', siteUrl).href);
	await page.getByRole('button', { name: 'Work with Test Repository' }).click();
	await page.getByRole('button', { name: 'New' }).waitFor();
}

/** Every file in the repository now, by its path. */
export const repositoryFiles = (page: Page): Promise<Record<string, string>> =>
	page.evaluate(async (folder) => {
		const files: Record<string, string> = {};
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
			for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
				if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
				// A file the editor is writing at that moment may be gone by the time it is read: it is read on the next look.
				else
					await (handle as FileSystemFileHandle)
						.getFile()
						.then(async (file) => (files[`${prefix}${name}`] = await file.text()))
						.catch(() => undefined);
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
		return files;
	}, repositoryFolder);

/** Files the editor saved or changed, next to what there was. */
export const changedFiles = (before: Record<string, string>, after: Record<string, string>) =>
	Object.fromEntries(Object.entries(after).filter(([file, text]) => before[file] !== text));

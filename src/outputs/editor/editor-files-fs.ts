/** The web editor's files, read from their npm packages for the site to serve (outputs/editor/page.ts says what they are). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { changedEditorScript } from './page.ts';

const resolve = createRequire(import.meta.url).resolve;

/** A font file, by its path in its package. */
export const editorFont = (file: string) => readFile(resolve(file));

/** The editor's script, with the site's changes. */
export async function editorScript(): Promise<string> {
	// The package exports only its module entry (npm/); the script beside it is in dist/.
	return changedEditorScript(await readFile(new URL('../dist/sveltia-cms.js', pathToFileURL(resolve('@sveltia/cms'))), 'utf8'));
}

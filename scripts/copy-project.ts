/**
 * A copy of an Astro project without its content, for building other content
 * with the same code: the throwaway sites of the tests and the benchmark's
 * projects both start here.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** What makes the Dossier project, besides src/content and node_modules. */
export const projectFiles = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/** Copies `files` of the project at `from` into `to`, leaving out src/content. */
export function copyProject(from: string, to: string, files: readonly string[] = projectFiles) {
	const content = path.join(from, 'src', 'content') + path.sep;
	mkdirSync(to, { recursive: true });
	for (const file of files) {
		cpSync(path.join(from, file), path.join(to, file), { recursive: true, filter: (source) => !source.startsWith(content) });
	}
}

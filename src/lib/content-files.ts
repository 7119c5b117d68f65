/** Reads a project's src/content from disk into plain `ContentFile`s for the check. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContentFile } from './frontmatter.ts';
import { type CollectionName, collectionNames } from './schemas.ts';
import type { ContentFile } from './validate.ts';

/** The content folder of the project at `root`. */
export function contentDir(root = process.cwd()): string {
	return path.resolve(root, 'src/content');
}

/** A content file's id: its name without `.md`, wherever it sits in the collection's folder. */
export function idFromPath(file: string): string {
	return path.basename(file).replace(/\.md$/i, '');
}

/** Every Markdown file of every collection, read and with its frontmatter parsed. */
export function readContentFiles(root = process.cwd()): ContentFile[] {
	return collectionNames.flatMap((collection) => readCollection(collection, root));
}

/** Each actor's id with its name and aliases, for linking mentions. Unreadable files are the content check's business. */
export function actorNames(root = process.cwd()): Record<string, string[]> {
	const names = (data: unknown) => {
		const { name, aliases } = (data ?? {}) as { name?: unknown; aliases?: unknown };
		return [name, ...(Array.isArray(aliases) ? aliases : [])].filter((value): value is string => typeof value === 'string');
	};
	return Object.fromEntries(readCollection('actors', root).map((file) => [file.id, names(file.data)]));
}

function readCollection(collection: CollectionName, root: string): ContentFile[] {
	const folder = path.join(contentDir(root), collection);
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return names
		.filter((name) => /\.md$/i.test(name))
		.sort()
		.map((name) => {
			const absolute = path.join(folder, name);
			const raw = readFileSync(absolute, 'utf8');
			const { data, body, bodyLine, lineOf, slips } = parseContentFile(raw);
			return { collection, path: path.relative(root, absolute), id: idFromPath(name), raw, data, body, bodyLine, lineOf, slips };
		});
}

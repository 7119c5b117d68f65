/** Reads a project's src/content from disk into plain `ContentFile`s for the check. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeContent } from './file-text.ts';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';
import { type CollectionName, collectionNames } from '../model/schemas.ts';
import { pictureFile } from '../model/picture-types.ts';
import type { ContentFile } from './content-file.ts';
import { fileRenames } from './rules/former-ids.ts';

/** The content folder of the project at `root`. */
export function contentDir(root = process.cwd()): string {
	return path.resolve(root, 'src/content');
}

/**
 * A content file's id: its name without `.md`, wherever it sits in the
 * collection's folder, in composed Unicode (NFC), so a name a file system
 * stored decomposed (e + ◌́) has the same id and URL as one typed composed (é).
 */
export function idFromPath(file: string): string {
	return path.basename(file).replace(/\.md$/, '').normalize('NFC');
}

/** Files read before, by absolute path, with the time they were last changed: only changed files are read again. */
export type FileCache = Map<string, { mtimeMs: number; size: number; file: ContentFile }>;

/**
 * Every Markdown file of every collection, read and with its frontmatter parsed (by `parse`: the content check's
 * keeps each parse for the collections' loader); then every other file under src/content.
 */
export function readContentFiles(root = process.cwd(), cache?: FileCache, parse?: (raw: string) => ParsedFile): ContentFile[] {
	return [...collectionNames.flatMap((collection) => readCollection(collection, root, cache, parse)), ...otherFiles(root)];
}

/** Every file the site serves as it is, by its path on the site: /favicon.svg. */
export const publicFiles = (publicDir: string): Set<string> => new Set(namesUnder(publicDir).map((name) => `/${name.split(path.sep).join('/')}`));

/** Every name under a folder, at any depth; none when there is no such folder. */
function namesUnder(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
}

/** Files under src/content that are not a collection's Markdown: pictures, and strays the build would pass over. */
function otherFiles(root: string): ContentFile[] {
	const dir = contentDir(root);
	return namesUnder(dir)
		.filter((name) => {
			const [folder, ...rest] = name.split(path.sep);
			const inCollection = rest.length > 0 && (collectionNames as string[]).includes(folder!);
			return !(inCollection && name.endsWith('.md')) && !path.basename(name).startsWith('.') && statSync(path.join(dir, name)).isFile();
		})
		.sort()
		.map((name) => ({
			collection: name.split(path.sep)[0] as CollectionName,
			path: path.relative(root, path.join(dir, name)),
			id: path.basename(name),
			raw: '',
			data: undefined,
			body: '',
			// Pictures may sit beside the article whose lead picture they are.
			format: pictureFile.test(name) ? 'image' : 'other',
		}));
}

/** Every way articles write an actor: its name, its aliases, then the other forms of them. Values of the wrong type are the check's business. */
export function mentionNames(data: unknown): string[] {
	const { name, aliases, forms } = (data ?? {}) as { name?: unknown; aliases?: unknown; forms?: unknown };
	const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
	return [name, ...list(aliases), ...list(forms)].filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/**
 * What linking mentions needs of the actors: each one's id with the ways articles write it, and each former id (its
 * `formerIds`) with the id now, which an article may still list. Unreadable files are the content check's business.
 */
export function actorMentions(root = process.cwd()): { actors: Record<string, string[]>; renamed: Record<string, string> } {
	const files = readCollection('actors', root);
	return {
		actors: Object.fromEntries(files.map((file) => [file.id, mentionNames(file.data)])),
		renamed: Object.fromEntries(fileRenames(files).actors),
	};
}

const unread: ParsedFile = { data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, slips: [] };

function readCollection(collection: CollectionName, root: string, cache?: FileCache, parse = parseContentFile): ContentFile[] {
	const folder = path.join(contentDir(root), collection);
	return namesUnder(folder)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const absolute = path.join(folder, name);
			const { mtimeMs, size } = cache ? statSync(absolute) : { mtimeMs: 0, size: 0 };
			const cached = cache?.get(absolute);
			if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.file;
			// Read as bytes: the text must be UTF-8, and a byte that is not is refused where it is, never replaced.
			const { text: raw, refusal: notText } = decodeContent(readFileSync(absolute));
			const { data, body, bodyLine, lineOf, slips, refusal } = notText ? { ...unread, refusal: notText } : parse(raw);
			const file: ContentFile = { collection, path: path.relative(root, absolute), id: idFromPath(name), raw, data, body, bodyLine, lineOf, slips, refusal };
			cache?.set(absolute, { mtimeMs, size, file });
			return file;
		});
}

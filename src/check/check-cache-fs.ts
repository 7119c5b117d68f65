/**
 * What the content check read from each file, kept between runs in Astro's cache folder under a hash of the file's
 * text: its frontmatter's data and slips, and the links and pictures in its body. A warm build, or `astro dev`
 * started again, then parses only the files that changed since. A field's line is looked up by parsing the file
 * again, only when a problem is reported on one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parseContentFile, splitContentFile, type ParsedFile } from './frontmatter.ts';
import type { YamlSlip } from './yaml-lines.ts';
import type { BodyContents } from './content-file.ts';
import type { Refusal } from './file-text.ts';
import { writeWhole } from './whole-files-fs.ts';

/** What was read from one text. Files of the same text share it, so its data is only ever read (the loader copies it). */
interface Entry {
	data: unknown;
	slips: YamlSlip[];
	refusal?: Refusal;
	contents?: BodyContents;
}

export interface CheckCache {
	/** The parse of a file's text: the stored one, or a new one. */
	parse(raw: string): ParsedFile;
	/** The links and pictures in the body of a file parsed by `parse`: the stored ones, or those `find` finds. */
	contents(raw: string, find: () => BodyContents): BodyContents;
	/** Writes what this run read, once it has read anything new; files no longer there are forgotten. */
	save(): void;
}

const hashOf = (raw: string) => createHash('sha1').update(raw).digest('base64url');

/** The cache in `file`, written by code of `version`; a file from other code, or unreadable, counts as empty. */
export function checkCache(file: string, version: string): CheckCache {
	let stored: Map<string, Entry>;
	try {
		const saved = deserialize(readFileSync(file)) as { version: string; entries: [string, Entry][] };
		stored = new Map(saved.version === version ? saved.entries : []);
	} catch {
		stored = new Map();
	}
	// This run's entries by text, which the check hands back to `contents` as the same string.
	const used = new Map<string, { key: string; entry: Entry }>();
	let changed = false;

	return {
		parse(raw) {
			const key = hashOf(raw);
			const entry = stored.get(key);
			if (!entry) {
				changed = true;
				const parsed = parseContentFile(raw);
				used.set(raw, { key, entry: { data: parsed.data, slips: parsed.slips, refusal: parsed.refusal } });
				return parsed;
			}
			used.set(raw, { key, entry });
			if (entry.refusal) return { data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, slips: [], refusal: entry.refusal };
			const { body, bodyLine } = splitContentFile(raw);
			let lines: ParsedFile['lineOf'] | undefined;
			const lineOf: ParsedFile['lineOf'] = (at) => (lines ??= parseContentFile(raw).lineOf)(at);
			return { data: entry.data, body, bodyLine, lineOf, slips: entry.slips };
		},
		contents(raw, find) {
			const entry = used.get(raw)?.entry;
			if (entry?.contents) return entry.contents;
			const contents = find();
			if (entry) {
				entry.contents = contents;
				changed = true;
			}
			return contents;
		},
		save() {
			if (!changed && used.size === stored.size) return;
			const entries = [...used.values()].map(({ key, entry }) => [key, entry]);
			// Whole: a build stopped halfway leaves the last cache, not half of one.
			try {
				mkdirSync(path.dirname(file), { recursive: true });
				writeWhole(file, serialize({ version, entries }));
			} catch {
				// A cache that cannot be written costs the next run its time, nothing else.
			}
			stored = new Map(entries as [string, Entry][]);
			changed = false;
		},
	};
}

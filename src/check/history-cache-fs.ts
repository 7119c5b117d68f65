/**
 * What the history read of each version of an explainer's file, kept between builds in Astro's cache folder by the
 * version's blob id, which names its text for good: a warm build asks Git only for the versions committed since,
 * and parses none of the others' frontmatter again.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Revision } from '../model/history.ts';
import { writeWhole } from './whole-files-fs.ts';

/** What a version of a file holds for the history, wherever and whenever it was committed. */
export type VersionRead = Omit<Revision, 'at' | 'boundary'>;

export interface HistoryCache {
	get(blob: string): VersionRead | undefined;
	set(blob: string, read: VersionRead): void;
	/** Writes the versions this build asked for, once it has read any new one; versions no longer in the record are forgotten. */
	save(): void;
}

/** The cache in `file`, written by code of `version`; without a file, or one from other code or unreadable, it starts empty. */
export function historyCache(file: string | undefined, version: string): HistoryCache {
	let stored = new Map<string, VersionRead>();
	try {
		const saved = file && (deserialize(readFileSync(file)) as { version: string; entries: [string, VersionRead][] });
		if (saved && saved.version === version) stored = new Map(saved.entries);
	} catch {
		// Unreadable: read every version again.
	}
	const used = new Map<string, VersionRead>();
	let changed = false;
	return {
		get(blob) {
			const read = used.get(blob) ?? stored.get(blob);
			if (read) used.set(blob, read);
			return read;
		},
		set(blob, read) {
			used.set(blob, read);
			changed = true;
		},
		save() {
			if (!file || (!changed && used.size === stored.size)) return;
			// Whole: a build stopped halfway leaves the last cache, not half of one.
			try {
				mkdirSync(path.dirname(file), { recursive: true });
				writeWhole(file, serialize({ version, entries: [...used] }));
			} catch {
				// A cache that cannot be written costs the next build its time, nothing else.
			}
		},
	};
}

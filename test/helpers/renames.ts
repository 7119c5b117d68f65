/** Files renamed in a test site's content, as an editor renames one: the old name goes into the file's `formerIds`. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Lists `formerId` in the `formerIds` of the file `collection/id.md`, which it must not have yet. */
export function listFormerId(contentDir: string, collection: string, id: string, formerId: string) {
	const file = path.join(contentDir, collection, `${id}.md`);
	const text = readFileSync(file, 'utf8');
	if (!text.startsWith('---\n') || text.includes('formerIds:')) throw new Error(`${file} does not start with frontmatter, or lists formerIds already`);
	writeFileSync(file, text.replace('---\n', `---\nformerIds: [${formerId}]\n`));
}

/** Renames `collection/from.md` to `collection/to.md`, listing its old id; the files that refer to it are left as they were. */
export function renameFile(contentDir: string, collection: string, from: string, to: string) {
	renameSync(path.join(contentDir, collection, `${from}.md`), path.join(contentDir, collection, `${to}.md`));
	listFormerId(contentDir, collection, to, from);
}

/** The actor the browser tests' fixture has renamed: the file was misspelled, `zoe-nordgaard.md`. */
export const renamedActor = { id: 'zoe-norgaard', formerId: 'zoe-nordgaard' } as const;

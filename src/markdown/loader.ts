/**
 * The collections' loader: Astro's glob loader over one collection's Markdown
 * files (the file name is the id, wherever it sits), with the frontmatter the
 * content check parsed (src/check/handover.ts), so the build and the check see
 * the same data (dates as written, for the schemas to read).
 *
 * The one use of Astro's non-public API is here. glob() reads a file's
 * frontmatter through the content entry type of its extension, which Astro
 * passes every loader as `entryTypes` but leaves out of LoaderContext's
 * public type; glob() takes no parser of its own. A loader built on the public
 * `renderMarkdown` instead would parse each file's YAML again (Astro parses the
 * frontmatter inside it) and redo what glob() does on renames, deletions and
 * body pictures. So `.md`'s entry type is swapped for one reading the check's
 * parse; should Astro stop passing it, the load fails rather than building
 * from another parser's data.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { site } from '../config/site.ts';
import { codeVersion } from '../check/code-version-fs.ts';
import { idFromPath } from '../check/content-files-fs.ts';
import { currentHandover, type Verdict } from '../check/handover.ts';
import type { CollectionName } from '../model/schemas.ts';

interface EntryType {
	getEntryInfo: (options: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
}

/**
 * Astro's entry types, with Markdown's frontmatter taken from the check; each file's verdict is noted by its path,
 * for `parseData`. A draft the check leaves out is handed on empty, so that nothing of it reaches Astro's schema or
 * the Markdown pool, and its id goes to `leaving`.
 */
function withCheckedFrontmatter(entryTypes: Map<string, EntryType> | undefined, verdicts: Map<string, Verdict | undefined>, leaving: Set<string>) {
	const markdown = entryTypes?.get('.md');
	if (!entryTypes || !markdown)
		throw new Error("Astro no longer passes loaders its Markdown entry type (`entryTypes`): src/markdown/loader.ts can't read the check's frontmatter.");
	const getEntryInfo: EntryType['getEntryInfo'] = async ({ contents, fileUrl }) => {
		const { parsed, verdict } = currentHandover().takeParse(contents);
		const filePath = fileURLToPath(fileUrl);
		verdicts.set(filePath, verdict);
		if (verdict === 'left out') {
			leaving.add(idFromPath(filePath));
			return { data: {}, body: '' };
		}
		// Copied, as Astro's schemas may fill it in.
		return { data: structuredClone((parsed.data ?? {}) as Record<string, unknown>), body: parsed.body };
	};
	return new Map([...entryTypes, ['.md', { ...markdown, getEntryInfo }]]);
}

/** The collection's store, in which an entry `leaving` holds is not found, and is deleted rather than stored. */
const leavingOut = (store: LoaderContext['store'], leaving: Set<string>): LoaderContext['store'] => ({
	...store,
	// Not found, so that an unchanged file stored before is not kept as it was: it is read again, and left out.
	get: (id) => (leaving.has(id) ? undefined : store.get(id)),
	set: (entry) => (leaving.delete(entry.id) ? (store.delete(entry.id), false) : store.set(entry)),
});

// The base path is written into every body's links (rehype-base-path.ts).
const entryVersion = `${codeVersion} ${site.base}`;

/** Only the rendered HTML is kept: the content check reads the source from disk. */
export function markdownFiles(name: CollectionName): Loader {
	const inner = glob({ pattern: '**/*.md', base: `./src/content/${name}`, generateId: ({ entry }) => idFromPath(entry), retainBody: false });
	return {
		name: 'dossier:markdown-files',
		load: (context) => {
			const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
			const verdicts = new Map<string, Verdict | undefined>();
			const leaving = new Set<string>();
			const generateDigest: LoaderContext['generateDigest'] = (data) =>
				context.generateDigest(typeof data === 'string' ? `${entryVersion}\n${data}` : { ...data, codeVersion: entryVersion });
			// A file the check refused keeps the last data that passed, while the check reports it in editors' words (on
			// every page, in astro dev; a build has stopped already); Astro's copy would only repeat it raw. So does a text
			// the check has yet to read: astro dev reads a saved file a moment after Astro does, and judges it then. Without
			// data that passed, the entry is left out rather than stored unread: pages expect data the schema gave. A draft
			// the check leaves out (src/check/drafts.ts) is left out without asking Astro's schema. A text the check passed
			// and Astro's schema refuses is a disagreement between the two: Astro's error stands.
			const parseData: LoaderContext['parseData'] = async (props) => {
				const verdict = props.filePath === undefined ? 'passed' : verdicts.get(props.filePath);
				if (props.filePath !== undefined) verdicts.delete(props.filePath);
				if (verdict === 'left out') return props.data;
				try {
					return await context.parseData(props);
				} catch (error) {
					if (verdict === 'passed') throw error;
					const stored = context.store.get(props.id)?.data;
					if (!stored) leaving.add(props.id);
					return (stored ?? props.data) as typeof props.data;
				}
			};
			const store = leavingOut(context.store, leaving);
			return inner.load({ ...context, store, generateDigest, parseData, entryTypes: withCheckedFrontmatter(entryTypes, verdicts, leaving) } as LoaderContext);
		},
	};
}

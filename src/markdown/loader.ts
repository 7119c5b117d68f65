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
 *
 * In `astro dev`, glob() is given no watcher: the content check reloads every
 * collection once a save has settled and it has checked it (src/integrations/dev-preview.ts). glob()'s own watching
 * read a file at its first change event, missed the rest of a save, and dropped an entry when one of two files with
 * its id was removed.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { site } from '../config/site.ts';
import { codeVersion } from '../check/code-version-fs.ts';
import { idFromPath } from '../check/content-files-fs.ts';
import { currentHandover, type Verdict } from '../check/handover.ts';
import type { CollectionName } from '../model/schemas.ts';
import { bodiesFolder, keepingBodiesApart, removeUnusedBodies } from './stored-bodies-fs.ts';
import type { ThreadedMarkdownProcessor } from './threads.ts';

interface EntryType {
	getEntryInfo: (options: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
}

/**
 * Astro's entry types, with Markdown's frontmatter taken from the check; each file's verdict is noted by its path, for
 * `parseData`. A text `stored` already is not parsed again (glob() reads a text's data before it compares digests). A
 * draft the check leaves out is handed on empty, so that nothing of it reaches Astro's schema or the Markdown pool,
 * and its id goes to `leaving`.
 */
function withCheckedFrontmatter(
	entryTypes: Map<string, EntryType> | undefined,
	verdicts: Map<string, Verdict | undefined>,
	stored: (contents: string, file: string) => boolean,
	leaving: Set<string>,
): Map<string, EntryType> {
	const markdown = entryTypes?.get('.md');
	if (!entryTypes || !markdown)
		throw new Error("Astro no longer passes loaders its Markdown entry type (`entryTypes`): src/markdown/loader.ts can't read the check's frontmatter.");
	const getEntryInfo: EntryType['getEntryInfo'] = async ({ contents, fileUrl }) => {
		const file = fileURLToPath(fileUrl);
		const unchanged = stored(contents, file);
		const { parsed, verdict } = unchanged ? { parsed: undefined, verdict: currentHandover().dropParse(contents) } : currentHandover().takeParse(contents);
		verdicts.set(file, verdict);
		if (verdict === 'left out') leaving.add(idFromPath(file));
		// Unchanged, glob() keeps the stored entry; left out, it keeps none.
		if (!parsed || verdict === 'left out') return { data: {}, body: '' };
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

/**
 * The collection's store, with Astro's list of the entries' pictures written again when an entry that shows one
 * changes. Astro writes that list again when an entry is deleted, not when it changes; a picture still listed after its
 * lines were removed broke every page once its file was deleted too (ImageNotFound), until a restart. Deleting the
 * entry before it is stored again writes the list anew, from the entries as they are then.
 *
 * On a reload, glob() names again the pictures of every entry it leaves as stored; Astro has listed them already, and
 * would wait half a second before writing the list again, and the reload with it.
 */
function rewritingPictures(store: LoaderContext['store'], reload: boolean): LoaderContext['store'] {
	return {
		...store,
		set: (entry) => {
			const before = store.get(entry.id);
			if (before?.assetImports?.length && before.digest !== entry.digest) store.delete(entry.id);
			return store.set(entry);
		},
		...(reload && { addAssetImports: () => {} }),
	};
}

/**
 * What a stored render depends on besides its file's text, so that a change to it renders every body again: the code,
 * the base path (written into every body's links, rehype-base-path.ts), the locale (citations' words) and the actors'
 * names the processor links (an actor renamed, added or given an alias changes links in bodies that were not touched).
 * Astro's own digest of its config sees none of these.
 */
const entryVersionOf = (context: LoaderContext) => {
	const inputsVersion = (context.config.markdown.processor as Partial<ThreadedMarkdownProcessor>).options?.inputsVersion;
	// Without it, a renamed actor would leave old links in every stored body, silently.
	if (!inputsVersion)
		throw new Error(
			"The Markdown processor in astro.config.mjs is not markdownProcessor() from src/markdown/threads.ts, or Astro no longer keeps a processor's options: stored bodies cannot tell when the actors' names change.",
		);
	return `${codeVersion} ${site.base} ${site.locale} ${inputsVersion}`;
};

/** The loader's name, by which astro dev reloads its collections. */
export const markdownLoaderName = 'dossier:markdown-files';

/**
 * Only the rendered body is kept, and its HTML beside the store (stored-bodies-fs.ts): the content check reads the
 * source from disk.
 */
export function markdownFiles(name: CollectionName): Loader {
	const inner = glob({ pattern: '**/*.md', base: `./src/content/${name}`, generateId: ({ entry }) => idFromPath(entry), retainBody: false });
	// Astro loads each collection once a build, and in astro dev again after each save (src/integrations/dev-preview.ts).
	let loaded = false;
	return {
		name: markdownLoaderName,
		load: async (context) => {
			const reload = loaded;
			loaded = true;
			currentHandover().noteLoad();
			const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
			const verdicts = new Map<string, Verdict | undefined>();
			const leaving = new Set<string>();
			const entryVersion = entryVersionOf(context);
			// Only astro dev watches files.
			const bodies = bodiesFolder(context.config, name, context.watcher !== undefined);
			// Pictures' list is rewritten from the store as Astro holds it, whether or not a body's file is there.
			const store = keepingBodiesApart(rewritingPictures(context.store, reload), bodies);
			const generateDigest: LoaderContext['generateDigest'] = (data) =>
				context.generateDigest(typeof data === 'string' ? `${entryVersion}\n${data}` : { ...data, codeVersion: entryVersion });
			const stored = (contents: string, file: string) => {
				const entry = store.get(idFromPath(file));
				return Boolean(entry?.filePath) && entry!.digest === generateDigest(contents);
			};
			// A file the check refused keeps the last data that passed, while the check reports it in editors' words (on
			// every page, in astro dev; a build has stopped already); Astro's copy would only repeat it raw. So does a text
			// the check has yet to read: one saved again between astro dev's check and its reload, which checks it next.
			// Without data that passed, the entry is left out rather than stored unread: pages expect data the schema gave. A
			// draft the check leaves out (src/check/drafts.ts) is left out without asking Astro's schema. A text the check
			// passed and Astro's schema refuses is a disagreement between the two: Astro's error stands.
			const parseData: LoaderContext['parseData'] = async (props) => {
				const verdict = props.filePath === undefined ? 'passed' : verdicts.get(props.filePath);
				if (props.filePath !== undefined) verdicts.delete(props.filePath);
				if (verdict === 'left out') return props.data;
				try {
					return await context.parseData(props);
				} catch (error) {
					if (verdict === 'passed') throw error;
					const lastGood = context.store.get(props.id)?.data;
					if (!lastGood) leaving.add(props.id);
					return (lastGood ?? props.data) as typeof props.data;
				}
			};
			await inner.load({
				...context,
				store: leavingOut(store, leaving),
				watcher: undefined,
				generateDigest,
				parseData,
				entryTypes: withCheckedFrontmatter(entryTypes, verdicts, stored, leaving),
			} as LoaderContext);
			removeUnusedBodies(context.store, bodies);
		},
	};
}

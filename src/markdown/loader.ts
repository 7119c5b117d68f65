/**
 * The collections' loader: Astro's glob loader over one collection's Markdown
 * files (the file name is the id, wherever it sits), with frontmatter read by
 * the same parser as the content check, so the build and the check see the
 * same data (dates as written, for the schemas to read).
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { site } from '../config/site.ts';
import { codeVersion } from '../check/code-version-fs.ts';
import { idFromPath } from '../check/content-files-fs.ts';
import { takeParsedFile } from '../check/frontmatter.ts';
import type { CollectionName } from '../model/schemas.ts';

interface EntryType {
	getEntryInfo: (options: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
}

/** Astro's content entry types (not in its public types), with Markdown's frontmatter read by our parser. */
function withOurFrontmatter(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
	const markdown = entryTypes.get('.md');
	if (!markdown) return entryTypes;
	const getEntryInfo: EntryType['getEntryInfo'] = async ({ contents }) => {
		// The content check parsed this text a moment ago; its data is copied, as Astro's schemas may fill it in.
		const { data, body } = takeParsedFile(contents);
		return { data: structuredClone((data ?? {}) as Record<string, unknown>), body };
	};
	return new Map([...entryTypes, ['.md', { ...markdown, getEntryInfo }]]);
}

// The base path is written into every body's links (rehype-base-path.ts).
const entryVersion = `${codeVersion} ${site.base}`;

/** Only the rendered HTML is kept: the content check reads the source from disk. */
export function markdownFiles(name: CollectionName): Loader {
	const inner = glob({ pattern: '**/*.md', base: `./src/content/${name}`, generateId: ({ entry }) => idFromPath(entry), retainBody: false });
	return {
		name: 'dossier:markdown-files',
		load: (context) => {
			const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
			const generateDigest: LoaderContext['generateDigest'] = (data) =>
				context.generateDigest(typeof data === 'string' ? `${entryVersion}\n${data}` : { ...data, codeVersion: entryVersion });
			// The content check reports a file that fails its schema, in editors' words, before any build and on every
			// save in astro dev; Astro's own copy of the error would only repeat it in its raw form. Meanwhile the entry
			// keeps the last data that passed, and pages show the check's report instead until the file is fixed.
			const parseData: LoaderContext['parseData'] = (props) =>
				context.parseData(props).catch(() => (context.store.get(props.id)?.data ?? props.data) as typeof props.data);
			return inner.load({ ...context, generateDigest, parseData, entryTypes: withOurFrontmatter(entryTypes) } as LoaderContext);
		},
	};
}

/**
 * The collections' loader: Astro's glob loader over one collection's Markdown
 * files (the file name is the id, wherever it sits), with frontmatter read by
 * the same parser as the content check, so the build and the check see the
 * same data (dates as written, for the schemas to read).
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { idFromPath } from './content-files.ts';
import { parseContentFile } from './frontmatter.ts';
import type { CollectionName } from './schemas.ts';

interface EntryType {
	getEntryInfo: (options: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
}

/** Astro's content entry types (not in its public types), with Markdown's frontmatter read by our parser. */
function withOurFrontmatter(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
	const markdown = entryTypes.get('.md');
	if (!markdown) return entryTypes;
	const getEntryInfo: EntryType['getEntryInfo'] = async ({ contents }) => {
		const { data, body } = parseContentFile(contents);
		return { data: (data ?? {}) as Record<string, unknown>, body };
	};
	return new Map([...entryTypes, ['.md', { ...markdown, getEntryInfo }]]);
}

/** Only the rendered HTML is kept: the content check reads the source from disk. */
export function markdownFiles(name: CollectionName): Loader {
	const inner = glob({ pattern: '**/*.md', base: `./src/content/${name}`, generateId: ({ entry }) => idFromPath(entry), retainBody: false });
	return {
		name: 'dossier:markdown-files',
		load: (context) => {
			const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
			return inner.load({ ...context, entryTypes: withOurFrontmatter(entryTypes) } as LoaderContext);
		},
	};
}

/**
 * What the Markdown pipeline's plugins find in a body and hand to pages, under one key of the frontmatter Astro hands
 * the processor, `dossier`: Astro stores that frontmatter, findings and all, as the metadata of the entry's render
 * (`entry.rendered.metadata.frontmatter`). Plugins write with findingsIn; pages read with findingsOf.
 */

/** What the plugins found in one body. */
export interface BodyFindings {
	/** How many times the body cites each key of its article's sources (remark-citations; articles only). */
	citedTimes?: Record<string, number>;
	/** The minutes the body takes to read, at least 1 (remark-reading-time). */
	readingMinutes?: number;
	/** Why the body could not be rendered (threads.ts): it is published nowhere, and a build stops on it. */
	renderFailure?: string;
}

const key = 'dossier';

/** Where the plugins write what they find in the body being rendered: its frontmatter's findings, made by the first to write. */
export function findingsIn(frontmatter: Record<string, unknown>): BodyFindings {
	const found = frontmatter[key];
	if (found && typeof found === 'object') return found as BodyFindings;
	return (frontmatter[key] = {});
}

/** What the plugins found in a body, read from the metadata of its render; nothing when it was not rendered. */
export function findingsOf(metadata: { frontmatter?: unknown } | undefined): BodyFindings {
	const found = (metadata?.frontmatter as Record<string, unknown> | undefined)?.[key];
	return found && typeof found === 'object' ? (found as BodyFindings) : {};
}

/**
 * Drafts in a build: a draft is never published, so problems confined to one do not stop the build. They are
 * reported as warnings, the draft is left out of the collections, and the rest is published. Whatever published
 * depends on such a draft is refused as ever, on its own file (a link to a draft, above all). `npm run
 * check:content` keeps them as problems, so that an editor sees their own draft's mistakes.
 */
import type { ContentFile } from './content-file.ts';
import { splitContentFile } from './frontmatter.ts';
import { errorsOf, type Problem } from './problems.ts';
import { nounCount } from './english-counts.ts';

/** A `draft: true` line at the top level of a frontmatter (YAML's three spellings of true), with a comment or without. */
const draftLine = /^draft:[ \t]*(?:true|True|TRUE)[ \t]*(?:#.*)?\r?$/m;

/**
 * Whether a file is a draft article: its frontmatter says `draft: true`. A frontmatter whose YAML cannot be read
 * says nothing, so there a `draft: true` line at its top level decides: it is what the editor wrote, and a file
 * that cannot be read is published by no build anyway, so taking it at its word costs nothing and keeps one
 * colleague's broken YAML from stopping everyone's build.
 */
export function isDraft(file: ContentFile): boolean {
	if (file.collection !== 'articles' || file.format) return false;
	if (file.data !== undefined) return (file.data as { draft?: unknown } | null)?.draft === true;
	const { yaml } = splitContentFile(file.raw);
	return yaml !== undefined && draftLine.test(yaml);
}

/** What a build does with the check's problems: those of drafts become warnings; each such draft is left out. */
export interface DraftsSetAside {
	problems: Problem[];
	/** The paths of the drafts left out. */
	leftOut: Set<string>;
	/** A line for each of them: "Draft … has 2 problems; it is not published." */
	notes: string[];
}

/** Turns the problems of drafts into warnings, leaving those drafts out of the build; every other problem stays. */
export function setDraftsAside(files: readonly ContentFile[], problems: readonly Problem[]): DraftsSetAside {
	const drafts = new Set(files.filter(isDraft).map((file) => file.path));
	const leftOut = new Set(errorsOf(problems).flatMap((problem) => (drafts.has(problem.file) ? [problem.file] : [])));
	const counts = Map.groupBy(
		errorsOf(problems).filter((problem) => leftOut.has(problem.file)),
		(problem) => problem.file,
	);
	return {
		problems: problems.map((problem) => (leftOut.has(problem.file) ? { ...problem, severity: 'warning' } : problem)),
		leftOut,
		notes: [...counts].map(([file, list]) => `Draft ${file} has ${nounCount(list.length, 'problem')}; it is not published.`),
	};
}

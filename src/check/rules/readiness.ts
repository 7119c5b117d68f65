/**
 * Publish only what is ready: a published file (an article that is not a draft, and every actor, demand, source and
 * topic file) may not hold what `npm run new` and `npm run import` wrote for the editor to replace: a placeholder,
 * the wire copy's notes block, the agency's headline or first sentence word for word. Nor may a published article
 * be without text. Drafts may hold all of these.
 */
import { fieldPath, type Problem } from '../problems.ts';
import { scriptPlaceholders, wireCopyMarkers, wireNotesHeading } from '../../model/placeholders.ts';
import type { ContentFile } from '../content-file.ts';

/** The file's line of an offset in its body. */
const bodyLineAt = (file: ContentFile, offset: number) => (file.bodyLine ?? 1) + (file.body.slice(0, offset).match(/\n/g)?.length ?? 0);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A placeholder's opening words: enough to find it by. */
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, text.lastIndexOf(' ', 40))}…` : text);

/** Every text in the frontmatter, with its path: `summary`, `demands[0].positions[1].note`. */
function textsIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, [...path, i]));
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([key, item]) => textsIn(item, [...path, key]));
	return [];
}

/** What keeps a published article out until it is a draft again: the advice that ends each fix of an article. */
const orDraft = (file: ContentFile) => (file.collection === 'articles' ? ', or set `draft: true` until it is ready' : '');

function placeholderProblems(file: ContentFile): Problem[] {
	const inFields = textsIn(file.data).flatMap(({ path, text }) => {
		const placeholder = scriptPlaceholders.find((placeholder) => text.includes(placeholder.text));
		if (!placeholder) return [];
		const field = fieldPath(path);
		return [
			{
				file: file.path,
				field,
				line: file.lineOf?.(path),
				message: `still holds the placeholder "${shorten(placeholder.text)}" that \`${placeholder.script}\` wrote`,
				fix: `write the ${String(path.findLast((key) => typeof key === 'string'))} in your own words in its place${orDraft(file)}`,
			},
		];
	});
	const inBody = scriptPlaceholders.flatMap(({ text, script }) => {
		const at = file.body.indexOf(text);
		if (at < 0) return [];
		const fix =
			file.collection === 'articles'
				? `write the explainer in place of the line${orDraft(file)}`
				: 'write the background in place of the line, or delete it: the text below the frontmatter is optional';
		return [
			{
				file: file.path,
				field: '(body) placeholder',
				line: bodyLineAt(file, at),
				message: `still holds the placeholder "${shorten(text)}" that \`${script}\` wrote`,
				fix,
			},
		];
	});
	return [...inFields, ...inBody];
}

/** The notes block of `npm run import`, and the agency's own words it shows were copied into the title or summary. */
function wireCopyProblems(file: ContentFile): Problem[] {
	const anchor = [file.body.indexOf(wireNotesHeading), file.body.indexOf(wireCopyMarkers.start)].find((at) => at >= 0);
	if (anchor === undefined) return [];
	const opens = file.body.lastIndexOf('<!--', anchor);
	const closes = file.body.indexOf('-->', anchor);
	const [from, to] = [bodyLineAt(file, opens < 0 ? anchor : opens), closes < 0 ? undefined : bodyLineAt(file, closes)];
	const block = to === undefined ? `from line ${from}` : `lines ${from}–${to}`;
	const notes: Problem = {
		file: file.path,
		field: '(body) notes block',
		line: from,
		message: `holds the notes block of \`npm run import\` with the agency's story (${block}), which says "${wireNotesHeading}"`,
		fix: `write the explainer in your own words, then delete the block${to === undefined ? '' : `, from \`<!--\` on line ${from} to \`-->\` on line ${to}`}${orDraft(file)}`,
	};
	const [start, end] = [file.body.indexOf(wireCopyMarkers.start), file.body.indexOf(wireCopyMarkers.end)];
	const copy = start >= 0 && end > start ? oneLine(file.body.slice(start + wireCopyMarkers.start.length, end)) : '';
	const data = (file.data ?? {}) as Record<string, unknown>;
	const copied: Problem[] = [];
	for (const [field, words] of [
		['title', 'headline'],
		['summary', 'first sentence'],
	] as const) {
		const value = data[field];
		// The import cuts a long headline at a word and ends it with an ellipsis.
		const text = typeof value === 'string' ? oneLine(value).replace(/…$/, '') : '';
		if (!copy || !text || !copy.includes(text)) continue;
		copied.push({
			file: file.path,
			field,
			line: file.lineOf?.([field]),
			message: `is the agency's ${words}, word for word, as the wire copy in the notes block has it`,
			fix: `rewrite the ${field} in your own words${orDraft(file)}`,
		});
	}
	return [...copied, notes];
}

/** A published article whose body has no text once comments, which the site never shows, are left out. */
function emptyBodyProblem(file: ContentFile): Problem[] {
	if (file.collection !== 'articles' || file.body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '') return [];
	return [
		{
			file: file.path,
			field: '(body)',
			line: file.bodyLine,
			message: 'is empty: a published explainer needs its text',
			fix: 'write the explainer below the closing `---` of the frontmatter, or set `draft: true` until it is written',
		},
	];
}

/** What a published file still holds of the scripts' scaffolding, and a published article without text; nothing for a draft. */
export function readinessProblems(file: ContentFile, { draft }: { draft: boolean }): Problem[] {
	if (draft) return [];
	return [...placeholderProblems(file), ...wireCopyProblems(file), ...emptyBodyProblem(file)];
}

/**
 * Splits a content file into its YAML frontmatter and Markdown body, and
 * parses the YAML for both the content check and Astro's collections (the
 * check's parse is handed to the loader: handover.ts), so that both see the
 * same data: dates stay as the editor wrote them, for the schemas to read,
 * and every field knows the line it is on.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';

/** A slip in the YAML, explained for an editor, at its line in the file. */
export interface YamlSlip {
	line: number;
	message: string;
	fix: string;
}

export interface ParsedFile {
	/** The frontmatter's data; undefined when the file has none or it cannot be read. */
	data: unknown;
	/** The Markdown after the frontmatter, trimmed as Astro trims it. */
	body: string;
	/** The file's line on which `body` starts. */
	bodyLine: number;
	/** The line of the field at a path such as ['demands', 0, 'positions', 1, 'stance'], or of its nearest ancestor that is there. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** What stops the frontmatter from being read, or what it reads differently from what was meant. */
	slips: YamlSlip[];
}

const fence = /^---[ \t]*\r?$/;

/** A content file cut in two: the YAML between `---` lines at the very top (undefined without them), and the body after it. */
export function splitContentFile(raw: string): { yaml: string | undefined; body: string; bodyLine: number } {
	const lines = raw.replace(/^\uFEFF/, '').split('\n');
	const closing = fence.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && fence.test(line)) : -1;
	if (closing < 0) return { yaml: undefined, body: raw.trim(), bodyLine: lineAt(raw, raw.length - raw.trimStart().length) };
	const rest = lines.slice(closing + 1).join('\n');
	return { yaml: lines.slice(1, closing).join('\n'), body: rest.trim(), bodyLine: closing + 2 + lineAt(rest, rest.length - rest.trimStart().length) - 1 };
}

/** Parses a whole content file: its frontmatter and its body. */
export function parseContentFile(raw: string): ParsedFile {
	const { yaml, body, bodyLine } = splitContentFile(raw);
	if (yaml === undefined) return { data: undefined, body, bodyLine, lineOf: () => undefined, slips: [] };
	const lineCounter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
	// The YAML starts on the file's second line.
	const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
	const explained = doc.errors.map((error) => explain(error, yaml, fileLine));
	// One slip often raises several errors on the same line: say it once.
	const slips = [...new Map([...explained, ...hashesInPlainValues(doc, fileLine)].map((slip) => [`${slip.line} ${slip.message}`, slip])).values()];
	const data = doc.errors.length ? undefined : (doc.toJS() ?? {});
	return { data, body, bodyLine, lineOf: (path) => lineOfPath(doc, path, fileLine), slips };
}

/** The 1-based line of an offset in a text. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function lineOfPath(doc: Document, path: readonly PropertyKey[], fileLine: (offset: number) => number): number | undefined {
	// A field is on the line of its key: a list or mapping under it starts on the next line, and an unknown key may hold nothing.
	const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
	const key = isMap(parent) && path.length ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path.at(-1))?.key : undefined;
	if (isNode(key) && key.range) return fileLine(key.range[0]);
	// A field that is not there is on the line where the mapping that lacks it starts.
	for (let length = path.length; length >= 0; length--) {
		const node = length ? doc.getIn(path.slice(0, length) as unknown[], true) : doc.contents;
		if (isNode(node) && node.range) return fileLine(node.range[0]);
	}
	return undefined;
}

/** The line a quote that is never closed was opened on: the last line before `offset` with an odd number of that quote after its key. */
function openingQuoteLine(text: string, offset: number, quote: string): number | undefined {
	const lines = text.slice(0, offset).split('\n');
	for (let i = lines.length - 1; i >= 0; i--) {
		const value = lines[i]!.replace(/^\s*(?:-\s+)?(?:[^\s:"'][^:]*:\s+)?/, '');
		if (value.startsWith(quote) && value.split(quote).length % 2 === 0) return i + 1;
	}
	return undefined;
}

/** The last line before `offset` that opens more [ than it closes. */
function unclosedBracketLine(text: string, offset: number): number | undefined {
	const lines = text.slice(0, offset).split('\n');
	for (let i = lines.length - 1; i >= 0; i--) {
		if ((lines[i]!.match(/\[/g)?.length ?? 0) > (lines[i]!.match(/\]/g)?.length ?? 0)) return i + 1;
	}
	return undefined;
}

/** The field name on a line of YAML, if the line starts with one. */
const keyOn = (text: string, line: number) => /^\s*(?:-\s+)?([^\s:#"'][^:#]*?):/.exec(text.split('\n')[line - 1] ?? '')?.[1];

function explain(error: YAMLError, text: string, fileLine: (offset: number) => number): YamlSlip {
	const offset = error.pos[0];
	const line = fileLine(offset);
	const key = keyOn(text, line - 1);
	const field = key ? `\`${key}\`` : 'the value';
	switch (error.code) {
		case 'MISSING_CHAR':
			if (/quote/.test(error.message)) {
				const quote = error.message.includes('"') ? '"' : "'";
				const opened = openingQuoteLine(text, offset, quote) ?? line - 1;
				const name = keyOn(text, opened);
				return {
					line: opened + 1,
					message: `the ${quote === '"' ? 'double' : 'single'} quote that opens ${name ? `\`${name}\`` : 'this value'} is never closed`,
					fix: `end the value with ${quote} on the same line`,
				};
			}
			break;
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY': {
			const value =
				text
					.split('\n')
					[line - 2]?.replace(/^\s*(?:-\s+)?[^:]*:\s/, '')
					.trim() ?? '';
			if (/: /.test(value)) {
				return {
					line,
					message: `${field} holds a colon followed by a space, which YAML reads as the start of another field`,
					fix: `put the whole value in quotes: ${key ?? 'title'}: "${value.replaceAll('"', '\\"')}"`,
				};
			}
			return {
				line: line + 1,
				message: 'this line is indented more than the field above it',
				fix: 'start each field at the same column as the fields around it',
			};
		}
		case 'TAB_AS_INDENT':
			return { line, message: 'this line is indented with a tab', fix: 'indent with spaces only (two per level)' };
		case 'BAD_INDENT':
			if (/end with a \]/.test(error.message)) {
				const opened = unclosedBracketLine(text, offset) ?? line - 1;
				return {
					line: opened + 1,
					message: `the list that opens with [ ${keyOn(text, opened) ? `in \`${keyOn(text, opened)}\` ` : ''}is never closed`,
					fix: 'end the list with ] on the same line, e.g. topics: [a, b]',
				};
			}
			return {
				line,
				message: 'this line is not lined up with the ones it belongs with',
				fix: 'start every `- ` item of a list, and every field of an item, at the same column',
			};
		case 'DUPLICATE_KEY':
			return { line, message: `${field} is written twice`, fix: 'keep one of them' };
	}
	return { line, message: `the YAML cannot be read: ${error.message.split('\n')[0]}`, fix: 'compare the line with the examples in docs/content-model.md' };
}

/**
 * `title: Talks #2 begin` is read as "Talks": a `#` after a space starts a
 * comment. A comment glued to its `#` is more likely part of the value.
 */
function hashesInPlainValues(doc: Document, fileLine: (offset: number) => number): YamlSlip[] {
	const slips: YamlSlip[] = [];
	const visit = (node: unknown, key?: string) => {
		if (!isNode(node)) return;
		if ('items' in node && Array.isArray(node.items)) {
			for (const item of node.items) {
				if (isNode(item)) visit(item, key);
				else visit((item as { value?: unknown }).value, String((item as { key?: { value?: unknown } }).key?.value ?? key));
			}
			return;
		}
		const scalar = node as { type?: string; comment?: string; range?: [number, number, number]; source?: string };
		if (scalar.type === 'PLAIN' && scalar.comment && /^\S/.test(scalar.comment) && scalar.range) {
			slips.push({
				line: fileLine(scalar.range[0]),
				message: `\`${key ?? 'the value'}\` is read as "${scalar.source}": the # and what follows it are taken for a comment`,
				fix: `put the whole value in quotes, e.g. ${key ?? 'title'}: "${scalar.source} #${scalar.comment}"`,
			});
		}
	};
	visit(doc.contents);
	return slips;
}

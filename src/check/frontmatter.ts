/**
 * Splits a content file into its YAML frontmatter and Markdown body, and
 * parses the YAML for both the content check and Astro's collections (the
 * check's parse is handed to the loader: handover.ts), so that both see the
 * same data: dates stay as the editor wrote them, for the schemas to read,
 * and every field knows the line it is on.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { asLfText, controlCharRefusal, type Refusal } from './file-text.ts';
import { bodyNestingRefusal, contentLimits, longLineRefusal, sizeRefusal, yamlNestingRefusal } from './limits.ts';
import type { YamlSlip } from './yaml-lines.ts';
import { explain, unreadableYaml } from './yaml-slips.ts';

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
	/** Why nothing of the file is read (a limit, a character that is not text); its body is then empty. */
	refusal?: Refusal;
}

const fence = /^---[ \t]*$/;

/**
 * A content file cut in two: the YAML between `---` lines at the very top (undefined without them), and the body
 * after it. Both are read from the file as LF text (file-text.ts), whatever line ends the editor's machine wrote.
 */
export function splitContentFile(file: string): { yaml: string | undefined; body: string; bodyLine: number } {
	const raw = asLfText(file);
	const lines = raw.split('\n');
	const closing = fence.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && fence.test(line)) : -1;
	if (closing < 0) return { yaml: undefined, body: raw.trim(), bodyLine: lineAt(raw, raw.length - raw.trimStart().length) };
	const rest = lines.slice(closing + 1).join('\n');
	return { yaml: lines.slice(1, closing).join('\n'), body: rest.trim(), bodyLine: closing + 2 + lineAt(rest, rest.length - rest.trimStart().length) - 1 };
}

/** Parses a whole content file: its frontmatter and its body. */
export function parseContentFile(raw: string): ParsedFile {
	const text = asLfText(raw);
	const refused = (refusal: Refusal): ParsedFile => ({ data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, slips: [], refusal });
	const unreadable = sizeRefusal(text) ?? controlCharRefusal(text) ?? longLineRefusal(text);
	if (unreadable) return refused(unreadable);
	const { yaml, body, bodyLine } = splitContentFile(text);
	// The YAML starts on the file's second line.
	const tooDeep = (yaml === undefined ? undefined : yamlNestingRefusal(yaml, 2)) ?? bodyNestingRefusal(body, bodyLine);
	if (tooDeep) return refused(tooDeep);
	if (yaml === undefined) return { data: undefined, body, bodyLine, lineOf: () => undefined, slips: [] };
	const lineCounter = new LineCounter();
	const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
	try {
		const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
		// One slip often raises several errors: the first is the editor's, the others follow from it.
		const explained = doc.errors.slice(0, 1).map((error) => explain(error, yaml, fileLine));
		const slips = [...new Map([...explained, ...hashesInPlainValues(doc, fileLine)].map((slip) => [`${slip.line} ${slip.message}`, slip])).values()];
		const data = doc.errors.length ? undefined : (doc.toJS({ maxAliasCount: contentLimits.yamlAliases }) ?? {});
		return { data, body, bodyLine, lineOf: (path) => lineOfPath(doc, path, fileLine), slips };
	} catch (error) {
		// The parser's limits (aliases that stand for too much), or a failure of its own: a slip like the others.
		return { data: undefined, body, bodyLine, lineOf: () => undefined, slips: [unreadableYaml(error, yaml)] };
	}
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

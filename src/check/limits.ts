/**
 * What a content file may hold at most, checked on its text before anything parses or renders it, by scans that
 * cost one pass over the text and cannot themselves run out of stack. Past these, the YAML and Markdown libraries
 * slow down more than in proportion (a 500-level indented list takes 24 s to render, a 1 MB line a minute) and, at a
 * few thousand levels, fail. No explainer comes near them (docs/content-model.md, "Limits").
 */
import type { Refusal } from './file-text.ts';

export const contentLimits = {
	/** Bytes in a file: ten times a very long explainer. */
	fileBytes: 500_000,
	/** Characters on one line: a paragraph of some 3,000 words. */
	lineCharacters: 20_000,
	/** Quotes, lists, HTML elements, brackets and emphasis inside one another, or levels of YAML. */
	nesting: 32,
	/** How many values YAML's aliases (`*name`) may stand for in all. */
	yamlAliases: 100,
} as const;

const count = (n: number) => n.toLocaleString('en');

export function sizeRefusal(text: string): Refusal | undefined {
	const bytes = Buffer.byteLength(text);
	if (bytes <= contentLimits.fileBytes) return undefined;
	return {
		field: '(file)',
		message: `the file is ${count(bytes)} bytes long, more than the ${count(contentLimits.fileBytes)} a content file may hold`,
		fix: 'split it into several explainers, or move what readers do not need (a wire story, a data dump) out of it',
	};
}

export function longLineRefusal(text: string, firstLine = 1): Refusal | undefined {
	let start = 0;
	for (let line = firstLine; start <= text.length; line++) {
		const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
		if (end - start > contentLimits.lineCharacters) {
			return {
				field: '(file)',
				line,
				message: `this line is ${count(end - start)} characters long, more than the ${count(contentLimits.lineCharacters)} a line may hold`,
				fix: 'break it into paragraphs (an empty line between them), or a table into fewer columns',
			};
		}
		start = end + 1;
	}
	return undefined;
}

const nestingFix = 'write it with fewer levels inside one another: no explainer needs more than a few';

/** Levels of `- ` items and indentation a YAML line opens, plus the `[`/`{` still open across lines outside quotes. */
export function yamlNestingRefusal(yaml: string, firstLine: number): Refusal | undefined {
	let flow = 0;
	for (const [i, line] of yaml.split('\n').entries()) {
		const indent = /^[ \t]*/.exec(line)![0].length;
		let depth = Math.floor(indent / 2) + (/^[ \t]*(?:[-?:][ \t]+)*/.exec(line)![0].match(/[-?:]/g)?.length ?? 0);
		let quote: string | undefined;
		for (let at = indent; at < line.length; at++) {
			const char = line[at]!;
			if (quote) {
				if (char === quote) quote = undefined;
			} else if (char === '"' || char === "'") quote = char;
			else if (char === '#' && /\s/.test(line[at - 1] ?? ' ')) break;
			else if (char === '[' || char === '{') depth = Math.max(depth, Math.floor(indent / 2) + ++flow);
			else if ((char === ']' || char === '}') && flow > 0) flow--;
		}
		if (depth > contentLimits.nesting) {
			return {
				field: '(frontmatter)',
				line: firstLine + i,
				message: `this line is ${count(depth)} levels deep (lists, [ ] or { } inside one another); the frontmatter may go ${contentLimits.nesting} deep`,
				fix: nestingFix,
			};
		}
	}
	return undefined;
}

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Levels of `>` quotes and list items a Markdown line opens, with two columns of indentation counted as one. */
function blockDepth(line: string): number {
	let depth = 0;
	let indent = 0;
	for (let at = 0; ;) {
		while (line[at] === ' ' || line[at] === '\t') indent += line[at++] === '\t' ? 4 : 1;
		const marker = line[at] === '>' ? '>' : listMarker.exec(line.slice(at, at + 11))?.[0];
		if (!marker) return depth + Math.floor(indent / 2);
		depth++;
		at += marker.length;
	}
}

const notNesting = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Elements whose end tag may be left out: the next one closes them, so they do not nest when written so.
const closedByNext = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot']);
const tag = /<(\/?)([a-zA-Z][\w-]*)(?=[\s/>])[^<>]*?(\/?)>/g;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How deep the body nests, line by line, outside fenced code: quotes and lists, plus the HTML elements still open,
 * plus the `[` still open in the paragraph, plus the longest run of `*`, `_` and `~` (each mark may open a level).
 */
export function bodyNestingRefusal(body: string, firstLine: number): Refusal | undefined {
	// Comments (the wire-copy notes) are not nested, whatever they quote.
	const lines = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, '')).split('\n');
	let fence: string | undefined;
	let brackets = 0;
	let elements = 0;
	for (const [i, line] of lines.entries()) {
		const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (fenceMark?.startsWith(fence) && line.trim() === fenceMark) fence = undefined;
			continue;
		}
		if (fenceMark) {
			fence = fenceMark;
			continue;
		}
		if (line.trim() === '') brackets = 0;
		let deepestBracket = brackets;
		for (let at = 0; at < line.length; at++) {
			if (line[at] === '\\') at++;
			else if (line[at] === '[') deepestBracket = Math.max(deepestBracket, ++brackets);
			else if (line[at] === ']' && brackets > 0) brackets--;
		}
		let deepestElement = elements;
		for (const [, closing, name, selfClosing] of line.matchAll(tag)) {
			const element = name!.toLowerCase();
			if (notNesting.has(element) || closedByNext.has(element) || selfClosing) continue;
			if (closing) elements = Math.max(0, elements - 1);
			else deepestElement = Math.max(deepestElement, ++elements);
		}
		const marks = thematicBreak.test(line) ? 0 : Math.max(0, ...(line.match(/[*_~]+/g) ?? []).map((run) => run.length));
		const depth = blockDepth(line) + deepestElement + deepestBracket + marks;
		if (depth > contentLimits.nesting) {
			return {
				field: '(body)',
				line: firstLine + i,
				message: `this line is ${count(depth)} levels deep (quotes, lists, HTML elements, [ ] or * _ marks inside one another); a body may go ${contentLimits.nesting} deep`,
				fix: nestingFix,
			};
		}
	}
	return undefined;
}

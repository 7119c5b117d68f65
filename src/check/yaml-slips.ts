/**
 * The slips editors make in YAML every day, found on the line where they made them and told in their words, each
 * with the line as it should be written. The parser's own errors name where it stopped, often a line later, and a
 * slip raises several: only the first is explained (frontmatter.ts).
 */
import type { YAMLError } from 'yaml';
import { contentLimits } from './limits.ts';
import { lineSlip, type YamlSlip } from './yaml-lines.ts';

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

/** The first error of a frontmatter (`text`), explained for an editor; `fileLine` turns an offset into a line of the file. */
export function explain(error: YAMLError, text: string, fileLine: (offset: number) => number): YamlSlip {
	const offset = error.pos[0];
	const line = fileLine(offset);
	const key = keyOn(text, line - 1);
	const field = key ? `\`${key}\`` : 'the value';
	// The slip is on the line the parser stopped at, or on the next one, which it read as part of this one.
	const lines = text.split('\n');
	const slipped = [line - 2, line - 1].flatMap((index) => (lines[index] === undefined ? [] : [lineSlip(lines, index)])).find(Boolean);
	if (slipped && error.code !== 'MISSING_CHAR' && error.code !== 'DUPLICATE_KEY') return { ...slipped, line: slipped.line + 1 };
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
			break;
		}
		case 'BAD_INDENT':
			if (/end with a \]/.test(error.message)) {
				const opened = unclosedBracketLine(text, offset) ?? line - 1;
				return {
					line: opened + 1,
					message: `the list that opens with [ ${keyOn(text, opened) ? `in \`${keyOn(text, opened)}\` ` : ''}is never closed`,
					fix: 'end the list with ] on the same line, e.g. topics: [a, b]',
				};
			}
			break;
		case 'DUPLICATE_KEY':
			return { line, message: `${field} is written twice`, fix: 'keep one of them' };
	}
	if (slipped) return { ...slipped, line: slipped.line + 1 };
	return { line, message: `the YAML cannot be read: ${error.message.split('\n')[0]}`, fix: 'compare the line with the examples in docs/content-model.md' };
}

/** A failure of the YAML library itself, or one of its limits (aliases that stand for too much), as a slip. */
export function unreadableYaml(error: unknown, text: string): YamlSlip {
	const message = error instanceof Error ? error.message : String(error);
	const alias = /^(.*?)(?:^|[\s[{,:-])\*[^\s,\]}]+/ms.exec(text);
	if (/alias/i.test(message)) {
		return {
			line: (alias ? alias[1]!.split('\n').length : 1) + 1,
			message: `the frontmatter's aliases (\`*name\`) stand for more than ${contentLimits.yamlAliases} values in all, which is how a file is made to fill all memory`,
			fix: 'write each value out where it is used: no field needs an anchor (`&name`) or an alias (`*name`)',
		};
	}
	return { line: 2, message: `the YAML cannot be read: ${message.split('\n')[0]}`, fix: 'compare the frontmatter with the examples in docs/content-model.md' };
}

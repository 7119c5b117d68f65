/**
 * Reads one line of a frontmatter as an editor wrote it, against the lines above it, for the slips YAML's parser
 * reports only where it gives up: a tab, a `-` or a `:` without its space, a quote inside a quoted value, a value
 * on the line below its field, an item or a field out of line. Each comes with the line written as it should be.
 */
/** A slip in the YAML, explained for an editor, at its line in the file. */
export interface YamlSlip {
	line: number;
	message: string;
	fix: string;
}

interface Line {
	indent: number;
	/** `- ` items that start the line, before its field or value. */
	items: number;
	/** The column of the line's field (`key:`), if it has one. */
	keyColumn?: number;
	key?: string;
	/** What follows `key:`, without a comment. */
	value?: string;
}

const keyed = /^((?:- +)*)([A-Za-z_][\w-]*):(?=\s|$)(.*)$/;

function read(text: string): Line | undefined {
	if (text.trim() === '' || text.trim().startsWith('#')) return undefined;
	const indent = /^ */.exec(text)![0].length;
	const rest = text.slice(indent);
	const match = keyed.exec(rest);
	const items = (match?.[1] ?? /^(?:- +)*/.exec(rest)![0]).split('-').length - 1;
	if (!match) return { indent, items };
	return { indent, items, keyColumn: indent + match[1]!.length, key: match[2], value: match[3]!.replace(/\s+#.*$/, '').trim() };
}

const spaces = (n: number) => ' '.repeat(n);
const shown = (line: string) => `\`${line}\``;
const columnOf = (column: number) => (column ? `${column} spaces in` : 'at the start of the line');

/** Where fields and `- ` items may start below the lines above `index`: the columns of the blocks still open there. */
function openColumns(lines: readonly string[], index: number): { fields: number[]; items: number[] } {
	const fields: number[] = [];
	const items: number[] = [];
	let below = Infinity;
	for (let i = index - 1; i >= 0 && below > 0; i--) {
		const line = read(lines[i]!);
		if (!line || line.indent >= below) continue;
		below = line.indent;
		if (line.items) items.push(line.indent);
		if (line.keyColumn !== undefined) fields.push(line.keyColumn);
		// `key:` with nothing after it opens a block: its items may start in its own column.
		if (line.keyColumn !== undefined && line.value === '') items.push(line.keyColumn);
	}
	return { fields, items };
}

const nearest = (columns: readonly number[], to: number) => columns.reduce((best, column) => (Math.abs(column - to) < Math.abs(best - to) ? column : best));

function outOfLine(lines: readonly string[], index: number, line: Line): YamlSlip | undefined {
	const above = read(lines.slice(0, index).findLast((text) => read(text)) ?? '');
	// Deeper than a `key:` that opens a block is where its block starts: in line by definition.
	if (above?.value === '' && line.indent > above.keyColumn!) return undefined;
	const { fields, items } = openColumns(lines, index);
	const text = lines[index]!.trim();
	if (line.items) {
		if (!items.length || items.includes(line.indent)) return undefined;
		const column = nearest(items, line.indent);
		return {
			line: index + 1,
			message: 'this `- ` item does not start in the same column as the items above it, so YAML cannot tell which list it is in',
			fix: `line it up with them, ${columnOf(column)}: ${shown(spaces(column) + text)}`,
		};
	}
	if (line.keyColumn === undefined || !fields.length || fields.includes(line.indent)) return undefined;
	const column = nearest(fields, line.indent);
	return {
		line: index + 1,
		message: `\`${line.key}\` does not start in the same column as the fields it belongs with, so YAML reads it as part of the line above`,
		fix: `line it up with them, ${columnOf(column)}: ${shown(spaces(column) + text)}`,
	};
}

/**
 * A line indented with tabs, indented with spaces instead: two a tab where the line above opens a block for it,
 * else in line with the nearest field still open above it (a tab typed before a top-level field means no level).
 */
function untabbed(lines: readonly string[], index: number): string {
	const text = lines[index]!.replace(/^[ \t]+/, (run) => run.replaceAll('\t', '  '));
	const above = read(lines.slice(0, index).findLast((line) => read(line)) ?? '');
	const { fields } = openColumns(lines, index);
	if ((above?.value === '' && above.keyColumn !== undefined) || !fields.length) return text;
	return spaces(nearest(fields, /^ */.exec(text)![0].length)) + text.trimStart();
}

/** The slip on line `index` of a frontmatter's lines, if it has one (lines counted from 1). */
export function lineSlip(lines: readonly string[], index: number): YamlSlip | undefined {
	const text = lines[index]!;
	const at = index + 1;
	if (/^ *\t/.test(text)) {
		return { line: at, message: 'this line is indented with a tab', fix: `indent with spaces only (two per level): ${shown(untabbed(lines, index))}` };
	}
	const glued = /^( *(?:- +)*)-([^\s\d-].*)$/.exec(text);
	if (glued) return { line: at, message: 'the `-` that starts a list item needs a space after it', fix: `write ${shown(`${glued[1]}- ${glued[2]}`)}` };
	const colon = /^( *(?:- +)*)([A-Za-z_][\w-]*):([^\s/].*)$/.exec(text);
	if (colon) {
		return {
			line: at,
			message: `\`${colon[2]}:\` needs a space after the colon: without one, YAML reads "${colon[2]}:${colon[3]}" as one word`,
			fix: `write ${shown(`${colon[1]}${colon[2]}: ${colon[3]}`)}`,
		};
	}
	const line = read(text);
	if (!line) return undefined;
	const quoted = /^(["'])(.*)\1$/.exec(line.value ?? '');
	const inner = quoted?.[2] ?? '';
	if (quoted && (quoted[1] === '"' ? /(?<!\\)"/.test(inner) : /(?<!')'(?!')/.test(inner.replaceAll("''", '')))) {
		const quote = quoted[1]!;
		const escaped = quote === '"' ? inner.replace(/(?<!\\)"/g, '\\"') : inner.replace(/(?<!')'(?!')/g, "''");
		return {
			line: at,
			message: `the value of \`${line.key}\` holds a ${quote} inside the ${quote} quotes around it, which ends the value there`,
			fix: `write each ${quote} inside as ${quote === '"' ? '\\"' : "''"} (or type “ ” ’ instead): ${shown(`${text.slice(0, text.indexOf(quote))}${quote}${escaped}${quote}`)}`,
		};
	}
	const above = read(lines[index - 1] ?? '');
	if (above?.value === '' && line.keyColumn === undefined && !line.items && line.indent <= above.keyColumn!) {
		return {
			line: at - 1,
			message: `the value of \`${above.key}\` is on the line below it, where YAML reads it as a field of its own`,
			fix: `write it on the same line: ${shown(`${lines[index - 1]!.trimEnd()} ${text.trim()}`)}`,
		};
	}
	return outOfLine(lines, index, line);
}

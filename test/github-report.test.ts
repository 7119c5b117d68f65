/**
 * The content check's report on a pull request (docs/editing.md): annotations as GitHub workflow commands and the job
 * summary in Markdown, which no problem's text (an editor's own, quoted back) may break. GitHub itself is not reachable
 * from here: the commands are read back as the Actions runner reads them, the Markdown as GitHub's GFM parser does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { afterEach, expect, test } from 'vitest';
import { annotation, commandData, commandProperty, markdownText, summaryMarkdown } from '../src/check/github-report.ts';
import type { Problem } from '../src/check/problems.ts';
import { checkContent } from './helpers/site.ts';

/** A workflow command read back as the Actions runner reads it (ActionCommand.TryParseV2 in actions/runner). */
function readCommand(line: string) {
	const match = /^::([^ :]+)(?: ([^:]*))?::(.*)$/s.exec(line.trimStart());
	if (!match) return undefined;
	const unescape = (text: string) => text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
	const properties = Object.fromEntries(
		(match[2] ? match[2].split(',') : []).map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]),
	);
	return { command: match[1], properties, data: unescape(match[3]!) };
}

/** The hostile text of editors' making: line breaks, `%`, `::`, pipes, backticks, HTML, Markdown's own signs. */
const hostile = fc.string({
	unit: fc.constantFrom('a', ' ', '\n', '\r', '%', ':', ',', '=', '|', '`', '\\', '<', '>', '&', '#', '*', '_', '[', ']', '(', ')', '!', '~', '$', 'é'),
});

test.each([
	['plain words', 'plain words', 'plain words'],
	['100% sure', '100%25 sure', '100%25 sure'],
	['two\nlines', 'two%0Alines', 'two%0Alines'],
	['a\r\nWindows line', 'a%0D%0AWindows line', 'a%0D%0AWindows line'],
	['%0A already', '%250A already', '%250A already'],
	['field: a, b', 'field: a, b', 'field%3A a%2C b'],
	['::error::injected', '::error::injected', '%3A%3Aerror%3A%3Ainjected'],
	['line=9,title=x', 'line=9,title=x', 'line=9%2Ctitle=x'],
])('escapes %j as a command message %j and a property %j', (text, data, property) => {
	expect(commandData(text)).toBe(data);
	expect(commandProperty(text)).toBe(property);
});

test('an annotation is the problem on its file and line, with the field as its title and the fix after the message', () => {
	const problems: Problem[] = [
		{
			file: 'src/content/articles/a.md',
			field: 'demands[0].positions[1].stance',
			line: 14,
			message: '"maybe" is not an allowed value',
			fix: 'set `stance` to one of: supports | opposes',
		},
		{ file: 'src/content/actors/map.png', severity: 'warning', message: 'is a picture that no content file shows' },
	];
	expect(problems.map(annotation)).toEqual([
		'::error file=src/content/articles/a.md,line=14,title=demands[0].positions[1].stance (1st demand%2C 2nd position)::"maybe" is not an allowed value%0AFix: set `stance` to one of: supports | opposes',
		'::warning file=src/content/actors/map.png::is a picture that no content file shows',
	]);
});

test('an annotation reads back, as the runner reads it, as the problem it was made of, whatever the text', () => {
	fc.assert(
		fc.property(hostile, hostile, hostile, hostile, fc.nat(), (file, field, message, fix, line) => {
			const command = annotation({ file, field, line: line + 1, message, fix });
			expect(command).not.toMatch(/[\r\n]/);
			const read = readCommand(command);
			expect(read?.command).toBe('error');
			expect(read?.properties.file).toBe(file);
			expect(read?.properties.line).toBe(String(line + 1));
			expect(read?.properties.title).toBe(field || undefined);
			expect(read?.data).toBe(fix ? `${message}\nFix: ${fix}` : message);
		}),
		{ seed: 7 },
	);
});

test.each([
	['plain words', 'plain words'],
	['add `title:` with a value', 'add `title:` with a value'],
	['one of: a | b', 'one of: a \\| b'],
	['two\nlines\r\nthree', 'two lines three'],
	['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
	['`<b>` in code', '`<b>` in code'],
	['an ` unmatched backtick', 'an \\` unmatched backtick'],
	['`a | b` pipe in code', '\\`a \\| b\\` pipe in code'],
	['*not* _emphasis_ ~~struck~~ [link](x) &amp; #1 $x$', '\\*not\\* \\_emphasis\\_ \\~\\~struck\\~\\~ \\[link\\](x) \\&amp; \\#1 \\$x\\$'],
	['back\\slash', 'back\\\\slash'],
])('writes %j in Markdown as %j', (text, markdown) => {
	expect(markdownText(text)).toBe(markdown);
});

test('the summary lists each file’s problems with field, line, message and fix', () => {
	expect(
		summaryMarkdown(
			[
				{
					file: 'src/content/actors/ostmark.md',
					field: 'kind',
					line: 3,
					message: '"nation" is not an allowed value',
					fix: 'set `kind` to one of: country | group',
				},
				{ file: 'src/content/actors/ostmark.md', field: 'aliases[1]', line: 5, message: 'is empty', fix: 'write a value' },
				{ file: 'src/content/actors/map.png', severity: 'warning', message: 'is a picture that no content file shows', fix: 'show it or remove it' },
			],
			12,
		),
	).toMatchInlineSnapshot(`
		"## Content check

		Dossier found 2 content problems and 1 warning in 2 files.

		### src/content/actors/ostmark.md

		| Field | Line | Problem | Fix |
		| --- | --- | --- | --- |
		| kind | 3 | "nation" is not an allowed value | set \`kind\` to one of: country \\| group |
		| aliases\\[1\\] (2nd alias) | 5 | is empty | write a value |

		### src/content/actors/map.png

		| Field | Line | Problem | Fix |
		| --- | --- | --- | --- |
		|  |  | Warning: is a picture that no content file shows | show it or remove it |
		"
	`);
	expect(summaryMarkdown([], 12)).toBe('## Content check\n\nNo problems: 12 files checked.\n');
});

/** The text a reader sees in a Markdown node, code in its backticks, without spaces (which tables and code spans trim). */
const seen = (node: Nodes): string =>
	(node.type === 'inlineCode' ? `\`${node.value}\`` : 'value' in node ? node.value : 'children' in node ? node.children.map(seen).join('') : '').replace(
		/\s/g,
		'',
	);

test('in the summary every problem stays one row of four cells, showing its text as written, whatever the text', () => {
	fc.assert(
		fc.property(hostile, hostile, hostile, hostile, (file, field, message, fix) => {
			const tree: Root = fromMarkdown(summaryMarkdown([{ file, field, line: 7, message, fix }], 1), {
				extensions: [gfm()],
				mdastExtensions: [gfmFromMarkdown()],
			});
			expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'table']);
			const [, , heading, table] = tree.children;
			expect(seen(heading!)).toBe(file.replace(/\s/g, ''));
			const rows = table!.type === 'table' ? table!.children : [];
			expect(rows.map((row) => row.children.length)).toEqual([4, 4]);
			expect(rows[1]!.children.map(seen)).toEqual([field, '7', message, fix].map((text) => text.replace(/\s/g, '')));
		}),
		{ seed: 7 },
	);
});

let tmp: string | undefined;
afterEach(() => {
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A repository with the project in its folder `site/`, whose content is `files`; the check run on it as in Actions. */
async function checkInActions(files: Record<string, string>) {
	tmp = mkdtempSync(path.join(os.tmpdir(), 'actions-'));
	const repository = path.join(tmp, 'repository');
	const project = path.join(repository, 'site');
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(project, 'src', 'content', name)), { recursive: true });
		writeFileSync(path.join(project, 'src', 'content', name), text);
	}
	const summaryFile = path.join(tmp, 'summary.md');
	writeFileSync(summaryFile, '## An earlier step’s summary\n\n');
	const { code, output } = await checkContent(project, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repository, GITHUB_STEP_SUMMARY: summaryFile });
	return { code, lines: output.split('\n'), summary: readFileSync(summaryFile, 'utf8') };
}

test('in GitHub Actions the check annotates each problem’s line, then writes the report with workflow commands stopped, and appends the job summary', async () => {
	const { code, lines, summary } = await checkInActions({
		'actors/ostmark.md': '---\nname: Ostmark\nkind: "nation | `x` <b>50% ::warning::"\n"odd\\n::error::pwned": 1\n---\n',
		'actors/map, west: 100%.png': 'not shown anywhere',
	});
	expect(code).toBe(1);
	const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
	const annotations = lines.slice(0, stop).map(readCommand);
	expect(annotations).toEqual([
		{
			command: 'error',
			properties: { file: 'site/src/content/actors/ostmark.md', line: '3', title: 'kind' },
			data: '"nation | `x` <b>50% ::warning::" is not an allowed value\nFix: set `kind` to one of: country | government | alliance | organization | person | group',
		},
		{
			command: 'error',
			properties: { file: 'site/src/content/actors/ostmark.md', line: '4', title: 'odd\n::error::pwned' },
			data: expect.stringMatching(/^an actor has no field `odd\n::error::pwned`, so what it holds would be lost\nFix: remove `odd\n::error::pwned`/),
		},
		{
			command: 'warning',
			properties: { file: 'site/src/content/actors/map, west: 100%.png' },
			data: 'is a picture that no content file shows\nFix: show it in an article or remove it',
		},
	]);
	// The terminal report, which prints the key's line break as it is, comes after the stop and before the resume.
	const token = lines[stop]!.slice('::stop-commands::'.length);
	expect(token).toMatch(/^[0-9a-f-]{36}$/);
	expect(lines.indexOf('::error::pwned (line 4): an actor has no field `odd')).toBeGreaterThan(stop);
	expect(lines.findLastIndex((line) => line.trim())).toBe(lines.indexOf(`::${token}::`));
	expect(summary).toMatchInlineSnapshot(`
		"## An earlier step’s summary

		## Content check

		Dossier found 2 content problems and 1 warning in 2 files.

		### site/src/content/actors/ostmark.md

		| Field | Line | Problem | Fix |
		| --- | --- | --- | --- |
		| kind | 3 | "nation \\| \`x\` \\<b\\>50% ::warning::" is not an allowed value | set \`kind\` to one of: country \\| government \\| alliance \\| organization \\| person \\| group |
		| odd ::error::pwned | 4 | an actor has no field \`odd ::error::pwned\`, so what it holds would be lost | remove \`odd ::error::pwned\`, or use one of the fields an actor takes: \`name\`, \`kind\`, \`aliases\`, \`forms\`, \`summary\`, \`formerIds\` |

		### site/src/content/actors/map, west: 100%.png

		| Field | Line | Problem | Fix |
		| --- | --- | --- | --- |
		|  |  | Warning: is a picture that no content file shows | show it in an article or remove it |
		"
	`);
});

test('in GitHub Actions clean content gets no annotation and a summary of no problems', async () => {
	const { code, lines, summary } = await checkInActions({ 'actors/ostmark.md': '---\nname: Ostmark\nkind: country\n---\n' });
	expect(code).toBe(0);
	expect(lines.filter((line) => /^::(error|warning)/.test(line))).toEqual([]);
	expect(summary).toBe('## An earlier step’s summary\n\n## Content check\n\nNo problems: 1 file checked.\n');
});

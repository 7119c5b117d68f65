/**
 * A corpus of broken content, one case per refusal rule of the contract and a
 * few more: `npm run check:content` (the same check every build runs first)
 * must exit non-zero and name the file, the field and the fix.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkContent } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const agrees = 'articles/2024-03-01-ostmark-agrees.md';
const talks = 'articles/2024-02-05-talks-open.md';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the fixture newsroom as a project's src/content, broken by `breakIt`. */
function brokenNewsroom(breakIt: (file: (name: string) => string) => void): string {
	root = mkdtempSync(path.join(os.tmpdir(), 'broken-'));
	const content = path.join(root, 'src', 'content');
	cpSync(fixture, content, { recursive: true });
	cpSync(`${fixture}-public`, path.join(root, 'public'), { recursive: true });
	breakIt((name) => path.join(content, name));
	return root;
}

const edit = (file: string, from: string | RegExp, to: string) => {
	const text = readFileSync(file, 'utf8');
	if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`${from} is not in ${file}`);
	writeFileSync(file, text.replace(from, to));
};

type Case = [string, (file: (name: string) => string) => void, { file: string; field: string; fix: string }[]];

test.each<Case>([
	['a missing required field', (f) => edit(f(agrees), /^title: .*\n/m, ''), [{ file: agrees, field: 'title (line 2): is required', fix: 'add `title:`' }]],
	[
		'a wrong type',
		(f) => edit(f(agrees), 'topics: [north-border]', 'topics: north-border'),
		[{ file: agrees, field: 'topics (line 5): has the wrong type', fix: 'write `topics` as a list' }],
	],
	[
		'a value outside its list',
		(f) => edit(f('actors/ostmark.md'), 'kind: country', 'kind: nation'),
		[
			{
				file: 'actors/ostmark.md',
				field: 'kind (line 3): "nation" is not an allowed value',
				fix: 'country | government | alliance | organization | person | group',
			},
		],
	],
	[
		'an id that refers to no file',
		(f) => edit(f(agrees), 'actors: [ostmark, valdoria', 'actors: [ostmark, valdorai'),
		[{ file: agrees, field: 'actors[1] (2nd actor, line 6): refers to actor "valdorai"', fix: 'did you mean "valdoria"?' }],
	],
	[
		'a citation the sources do not declare',
		(f) => edit(f(agrees), '[@wire-one]', '[@wire-two]'),
		[{ file: agrees, field: '(body) [@wire-two] (line 22): cites "wire-two"', fix: 'no declared key is close; existing ones include "wire-one"' }],
	],
	[
		'a duplicated citation key',
		(f) => edit(f(agrees), 'corrections:', '  - source: wire-one\n    title: The same wire again\n    url: https://wire.example.com/again\ncorrections:'),
		[
			{
				file: agrees,
				field: 'sources[1].source (2nd source, line 18): duplicates the citation key "wire-one" of sources[0]',
				fix: 'give this citation its own `key:`',
			},
		],
	],
	[
		'a URL that is not http or https',
		(f) => edit(f(agrees), 'url: https://wire.example.com/pull-back', 'url: ftp://wire.example.com/pull-back'),
		[{ file: agrees, field: 'sources[0].url (1st source, line 17): must be an http:// or https:// URL', fix: 'https://' }],
	],
	[
		'a javascript: URL',
		(f) => edit(f('sources/wire-one.md'), 'url: https://wire.example.com', 'url: "javascript:alert(1)"'),
		[{ file: 'sources/wire-one.md', field: 'url (line 4): must be an http:// or https:// URL', fix: 'https://' }],
	],
	[
		'updated before published',
		(f) => edit(f(talks), 'updated: 2024-02-06', 'updated: 2024-01-06'),
		[{ file: talks, field: 'updated (line 5): must not be before `published`', fix: 'on or after `published`' }],
	],
	[
		'two files with the same URL',
		(f) => {
			mkdirSync(f('topics/places'));
			cpSync(f('topics/north-border.md'), f('topics/places/north-border.md'));
		},
		[
			{ file: 'topics/north-border.md', field: '(file name): produces the same URL /topics/north-border/', fix: 'rename or remove' },
			{ file: 'topics/places/north-border.md', field: '(file name): produces the same URL /topics/north-border/', fix: 'rename or remove' },
		],
	],
	[
		'a file name that is not an id',
		(f) => cpSync(f('topics/north-border.md'), f('topics/North Border.md')),
		[{ file: 'topics/North Border.md', field: '(file name): "North Border" is not a valid id', fix: 'rename the file to north-border.md' }],
	],
	[
		'malformed YAML',
		(f) => edit(f(agrees), 'topics: [north-border]', 'topics: [north-border'),
		[{ file: agrees, field: '(frontmatter) (line 5): the list that opens with [ in `topics` is never closed', fix: 'end the list with ]' }],
	],
	['an empty file', (f) => writeFileSync(f('topics/empty.md'), ''), [{ file: 'topics/empty.md', field: 'the file is empty', fix: 'add frontmatter' }]],
	[
		'a file without frontmatter',
		(f) => writeFileSync(f('actors/no-frontmatter.md'), 'Just a body.\n'),
		[{ file: 'actors/no-frontmatter.md', field: '(frontmatter): the file has no frontmatter', fix: 'start the file with a --- line' }],
	],
	[
		'two bad files at once',
		(f) => {
			edit(f('actors/ostmark.md'), 'kind: country', 'kind: nation');
			edit(f(talks), 'stance: mixed', 'stance: maybe');
		},
		[
			{ file: 'actors/ostmark.md', field: 'kind (line 3): "nation" is not an allowed value', fix: 'set `kind` to one of' },
			{
				file: talks,
				field: 'demands[0].positions[0].stance (1st demand, 1st position, line 14): "maybe" is not an allowed value',
				fix: 'supports | opposes | mixed | no-response | unclear',
			},
		],
	],
	[
		'a javascript: link in a body',
		(f) => edit(f(agrees), 'within sixty days', 'within [sixty days](javascript:alert(1))'),
		[{ file: agrees, field: '(body) link javascript:alert(1) (line 22): links to "javascript:alert(1)"', fix: 'link to a web address' }],
	],
	[
		'a body link to a page that does not exist',
		(f) => edit(f(agrees), 'within sixty days', 'within [sixty days](/demands/border-troop-withdrawn/)'),
		[{ file: agrees, field: 'there is no demand "border-troop-withdrawn"', fix: 'did you mean "border-troops-withdrawn"?' }],
	],
	[
		'a published article linking to a draft',
		(f) => edit(f(agrees), 'within sixty days', 'within [sixty days](/articles/2024-03-15-draft-secret-plan/)'),
		[{ file: agrees, field: 'a draft, which is not published', fix: 'remove the link until that article is published' }],
	],
	[
		'a file saved as .markdown',
		(f) => cpSync(f('topics/north-border.md'), f('topics/south-border.markdown')),
		[{ file: 'topics/south-border.markdown', field: '(file name): is not read', fix: 'rename it to south-border.md' }],
	],
	[
		'a file saved as .md.txt',
		(f) => cpSync(f('topics/north-border.md'), f('topics/east-border.md.txt')),
		[{ file: 'topics/east-border.md.txt', field: '(file name): is not read', fix: 'rename it to east-border.md' }],
	],
	[
		'a date that does not exist',
		(f) => edit(f(agrees), 'date: 2024-03-05', 'date: 2024-02-30'),
		[{ file: agrees, field: 'corrections[0].date (1st correction, line 19): 2024-02-30 is not a day: February 2024 has 29 days', fix: 'correct the day' }],
	],
])('%s: refused, naming the file, the field and the fix', async (_, breakIt, expected) => {
	const { code, output } = await checkContent(brokenNewsroom(breakIt));
	expect(code).not.toBe(0);
	expect(output).toContain(`found ${expected.length} content problem`);
	for (const { file, field, fix } of expected) {
		const block = output.split('\n\n').find((part) => part.startsWith(`src/content/${file}\n`));
		expect(block, `a block for src/content/${file} in:\n${output}`).toBeDefined();
		expect(block).toContain(field);
		expect(block).toMatch(new RegExp(`fix: .*${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	}
});

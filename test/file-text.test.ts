/** Any file an editor's machine saves: line ends and a byte-order mark read as LF, and what is not text is refused where it is. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeContent } from '../src/check/file-text.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { astroBuild, createSite, listFiles, type RunResult, type Site } from './helpers/site.ts';

const lf = '---\ntitle: Talks\npublished: 2025-03-13\n---\n\nFirst line.\nSecond line.\n';

test.each([
	['CRLF', lf.replaceAll('\n', '\r\n')],
	['a lone CR', lf.replaceAll('\n', '\r')],
	['a byte-order mark and CRLF', `\uFEFF${lf.replaceAll('\n', '\r\n')}`],
])('%s reads exactly as LF, lines included', (_, raw) => {
	const [parsed, expected] = [parseContentFile(raw), parseContentFile(lf)];
	expect([parsed.data, parsed.body, parsed.bodyLine, parsed.lineOf(['published'])]).toEqual([expected.data, expected.body, 6, 3]);
});

const bytes = (text: string, bad: number[]) => new Uint8Array([...new TextEncoder().encode(text), ...bad, ...new TextEncoder().encode(' after\n')]);

test.each([
	['a Windows-1252 é', bytes('---\r\ntitle: x\r\n---\r\nCaf', [0xe9]), 4, 'column 4: byte 0xE9 is not UTF-8'],
	['a lone continuation byte', bytes('---\nti', [0x80]), 2, 'column 3: byte 0x80'],
	['an overlong /', bytes('---\ntitle: ł', [0xc0, 0xaf]), 2, 'column 9: byte 0xC0'],
	['a UTF-16 surrogate', bytes('x\r', [0xed, 0xa0, 0x80]), 2, 'column 1: byte 0xED'],
	['a stray byte after a replacement character the file holds', bytes('---\n\u{FFFD} \u{1F600} ', [0xff]), 2, 'column 5: byte 0xFF'],
])('%s is refused at its line and column, as Astro would read the text', (_, file, line, message) => {
	const { text, refusal } = decodeContent(file);
	expect(refusal).toMatchObject({ field: '(file)', line, message: expect.stringContaining(message), fix: expect.stringContaining('UTF-8') });
	expect(text).toBe(Buffer.from(file).toString('utf8'));
});

test.each([
	['a NUL', 'a NUL character (U+0000)', '\u0000'],
	['a bell', 'an invisible control character (U+0007)', '\u0007'],
	['DEL', 'an invisible control character (U+007F)', '\u007F'],
	['a C1 control', 'an invisible control character (U+0085)', '\u0085'],
	['a noncharacter', 'a character that is not text (U+FFFE)', '\uFFFE'],
])('%s is refused at its line and column', (_, message, char) => {
	expect(parseContentFile(`---\r\ntitle: x\r\n---\r\nBody ${char}`).refusal).toMatchObject({
		line: 4,
		message: `column 6: ${message}, which no page or feed can show`,
	});
});

test('a byte-order mark is kept in the text, as Astro reads it: the check hands its parse over by that text', () => {
	expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('\uFEFFa');
});

describe('a newsroom saved with CRLF and byte-order marks', { timeout: 300_000 }, () => {
	const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
	let sites: Site[];
	let builds: RunResult[];
	beforeAll(async () => {
		sites = [createSite(fixture), createSite(fixture)];
		for (const file of listFiles(sites[1]!.contentDir).filter((name) => name.endsWith('.md'))) {
			const absolute = path.join(sites[1]!.contentDir, file);
			writeFileSync(absolute, `\uFEFF${readFileSync(absolute, 'utf8').replaceAll('\n', '\r\n')}`);
		}
		builds = await Promise.all(sites.map((site) => astroBuild(site, { MARKDOWN_THREADS: '1' })));
	}, 300_000);
	afterAll(() => sites.forEach((site) => site.remove()));

	test('builds the same site as LF files, byte for byte', () => {
		for (const build of builds) expect(build.code, build.output).toBe(0);
		const [lfSite, crlfSite] = sites as [Site, Site];
		expect(listFiles(lfSite.dist).length).toBeGreaterThan(50);
		expect(listFiles(crlfSite.dist)).toEqual(listFiles(lfSite.dist));
		const differing = listFiles(lfSite.dist).filter((file) => !readFileSync(path.join(lfSite.dist, file)).equals(readFileSync(path.join(crlfSite.dist, file))));
		expect(differing).toEqual([]);
	});
});

/** `npm run build` is quiet: a line per phase and a summary, not a line per page, unless --verbose. */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSite, projectRoot, run, type Site } from './helpers/site.ts';

let site: Site;
const buildScript = path.join(projectRoot, 'scripts', 'build.ts');

beforeAll(() => {
	site = createSite(path.join(projectRoot, 'test', 'fixtures', 'newsroom'));
});
afterAll(() => site?.remove());

test('a build prints its phases and a summary', async () => {
	const { code, output } = await run(site.root, [buildScript]);
	expect(code).toBe(0);
	expect(output.trim().split('\n')).toEqual([
		expect.stringMatching(/^Content checked: \d+ files, no problems\.$/),
		'Building: collections loaded, pages next…',
		expect.stringMatching(/^Indexed \d+ pages for search: \d+ files, \d+ KiB, in \d+\.\d s\.$/),
		expect.stringMatching(/^Built \d+ pages and \d+ feeds in \d+\.\d s\.$/),
	]);
});

test('--verbose brings back Astro’s own log, a line per page', async () => {
	const { code, output } = await run(site.root, [buildScript, '--verbose']);
	expect(code).toBe(0);
	expect(output).toMatch(/\/actors\/ostmark\/index\.html/);
});

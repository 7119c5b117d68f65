/** `npm run build` is quiet: a line per phase and a summary, not a line per page, unless --verbose. */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { placeholderUrl } from '../src/config/site.ts';
import { createSite, projectRoot, run, type Site } from './helpers/site.ts';

let site: Site;
const buildScript = path.join(projectRoot, 'scripts', 'build.ts');

beforeAll(() => {
	site = createSite(path.join(projectRoot, 'test', 'fixtures', 'newsroom'));
});
afterAll(() => site?.remove());

test('a build prints its phases and a summary, with the time the whole run took', async () => {
	const started = performance.now();
	const { code, output } = await run(site.root, [buildScript], { SITE_URL: 'https://explainers.example.com' });
	const waited = (performance.now() - started) / 1000;
	expect(code).toBe(0);
	// What the summary says against the wall clock: at most the process's own start and exit lie outside it.
	const said = Number(/^Built .* in (\d+\.\d) s\.$/m.exec(output)?.[1]);
	expect(said).toBeGreaterThan(waited - 1);
	expect(said).toBeLessThanOrEqual(waited + 0.05);
	expect(output.trim().split('\n')).toEqual([
		expect.stringMatching(/^Content checked: \d+ files, no problems\.$/),
		// The site is a copy no commit holds (test/helpers/site.ts).
		expect.stringMatching(
			/^History pages: 4 explainers are published but not committed yet \(.*\); their history pages say there is no record of their changes yet\.$/,
		),
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

test('a build without SITE_URL ends its summary with a warning that it uses the placeholder address, and the fix', async () => {
	const { code, output } = await run(site.root, [buildScript], { SITE_URL: undefined });
	expect(code).toBe(0);
	const lines = output.trim().split('\n');
	const built = lines.findIndex((line) => /^Built \d+ pages/.test(line));
	expect(lines.slice(built + 1)).toEqual([
		'',
		`Warning: the site's address is the placeholder ${placeholderUrl}, a domain you do not own.`,
		'  Canonical links, sharing cards, feeds, the sitemap and robots.txt in this build all point there.',
		'  Fix: set SITE_URL (SITE_URL=https://explainers.example.com npm run build) or site.url in src/config/site.ts, then build again.',
	]);
});

test('a SITE_URL that is not an absolute address stops the build and says what to write', async () => {
	const { code, output } = await run(site.root, [buildScript], { SITE_URL: 'explainers.example.com' });
	expect(code).not.toBe(0);
	expect(output).toContain(`SITE_URL must be the site's absolute address, such as https://explainers.example.com, not "explainers.example.com".`);
});

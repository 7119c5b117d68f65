/**
 * A colleague's broken draft does not stop the build: built beside good articles, the fixture newsroom builds,
 * prints the draft's problems as warnings, and publishes everything but the draft; `npm run check:content` on the
 * same site reports them as problems and fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, checkContent, createSite, listFiles, type RunResult, type Site } from './helpers/site.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'newsroom');
const draft = 'src/content/articles/2024-03-15-draft-secret-plan.md';
const unreadable = 'src/content/articles/2024-03-16-draft-unreadable.md';
const tripping = 'src/content/articles/2024-03-17-draft-empty-source.md';

describe('broken drafts beside good articles', () => {
	let site: Site;
	let build: RunResult;
	let check: RunResult;

	beforeAll(async () => {
		site = createSite(fixture);
		const file = path.join(site.root, draft);
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace('stance: opposes', 'stance: maybe').replace('demand: river-treaty-restored', 'demand: river-treaty-restord'));
		// YAML that cannot be read, which still says it is a draft.
		writeFileSync(path.join(site.root, unreadable), '---\ntitle: "A quote never closed\ndraft: true\n---\nText.\n');
		// A source that is nothing: the citation plugin cannot number it, so the Markdown pool must never be asked for this body.
		writeFileSync(
			path.join(site.root, tripping),
			'---\ntitle: Empty source\nsummary: S.\npublished: 2024-03-17\ndraft: true\nsources:\n  -\n---\nCited [@wire-one].\n',
		);
		[build, check] = [await astroBuild(site), await checkContent(site.root)];
	}, 240_000);
	afterAll(() => site.remove());

	test('the build succeeds and warns of each draft, listing its problems', () => {
		expect(build.code).toBe(0);
		expect(build.output).toContain('Dossier found 4 warnings in 3 files:');
		expect(build.output).toContain(`${draft}\n  warning: demands[0].demand (1st demand, line 8): refers to demand "river-treaty-restord"`);
		expect(build.output).toContain('  warning: demands[0].positions[0].stance (1st demand, 1st position, line 12): "maybe" is not an allowed value');
		expect(build.output.match(/^Draft .*$/gm)).toEqual([
			`Draft ${draft} has 2 problems; it is not published.`,
			`Draft ${unreadable} has 1 problem; it is not published.`,
			`Draft ${tripping} has 1 problem; it is not published.`,
		]);
		expect(build.output).not.toMatch(/Nothing was built|unhandled|Error rendering|\n\s+at /i);
	});

	test('publishes every good article, and no draft', () => {
		const pages = listFiles(site.dist).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
		expect(pages).toEqual([
			'articles/2023-12-01-hostile-input/index.html',
			'articles/2024-01-10-valdoria-demands-withdrawal/index.html',
			'articles/2024-02-05-talks-open/index.html',
			'articles/2024-03-01-ostmark-agrees/index.html',
		]);
		const everything = listFiles(site.dist)
			.filter((file) => /\.(html|xml|json|csv)$/.test(file))
			.map((file) => readFileSync(path.join(site.dist, file), 'utf8'))
			.join('\n');
		expect(everything).not.toMatch(/draft-secret-plan|draft-unreadable|draft-empty-source|river-treaty-restord/);
	});

	test('check:content reports the same problems as problems, and fails', () => {
		expect(check.code).toBe(1);
		expect(check.output).toContain('Dossier found 4 content problems in 3 files:');
		expect(check.output).toContain(`${draft}\n  demands[0].demand (1st demand, line 8): refers to demand "river-treaty-restord"`);
		expect(check.output).not.toContain('warning:');
		expect(check.output.trim().split('\n').at(-1)).toBe(
			'The content has 4 problems, listed above (4 in drafts: `npm run build` only warns of those, and leaves the drafts out).',
		);
	});
});

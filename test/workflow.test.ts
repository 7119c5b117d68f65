/**
 * The GitHub Actions workflows (docs/deploy.md): site.yml, which builds and publishes the site, and check.yml, which
 * checks every pull request (docs/editing.md). Both valid against the workflow schema GitHub's editors use
 * (SchemaStore's, vendored in test/vendor/, so no network is needed), and doing what scheduled publishing and the
 * editors' pull requests rely on. Actions itself cannot run here: this reads the files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './helpers/site.ts';

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: { push?: { branches?: string[] }; pull_request?: null | object; schedule?: { cron: string }[] };
	permissions: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress'?: boolean };
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const read = (name: string) => parse(readFileSync(path.join(projectRoot, '.github', 'workflows', name), 'utf8')) as Workflow;
const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const workflow = read('site.yml');
const steps = stepsOf(workflow);
const step = (action: string, among = steps) => among.find((s) => s.uses?.split('@')[0] === action);

test.each(['site.yml', 'check.yml'])('%s is a valid workflow by the GitHub workflow JSON Schema', (name) => {
	const schema = JSON.parse(readFileSync(path.join(projectRoot, 'test', 'vendor', 'github-workflow.json'), 'utf8')) as object;
	const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
	const file = read(name);
	expect(validate(file), JSON.stringify(validate.errors, null, 2)).toBe(true);
	// The schema can fail: a job without `runs-on` is refused.
	const broken = structuredClone(file) as unknown as { jobs: Record<string, Record<string, unknown>> };
	delete Object.values(broken.jobs)[0]!['runs-on'];
	expect(validate(broken)).toBe(false);
});

test('builds on every push to main and on a schedule at least hourly, so that a scheduled explainer goes out within the hour', () => {
	expect(workflow.on.push?.branches).toEqual(['main']);
	// A pull request is check.yml's: it publishes nothing.
	expect(workflow.on).not.toHaveProperty('pull_request');
	const crons = (workflow.on.schedule ?? []).map((entry) => entry.cron.split(/\s+/));
	// minute hour day month weekday: a fixed minute of every hour of every day.
	expect(crons.some(([minute, ...rest]) => /^\d{1,2}$/.test(minute!) && rest.every((field) => field === '*'))).toBe(true);
});

test('checks out the full Git history', () => {
	expect(step('actions/checkout')?.with?.['fetch-depth']).toBe(0);
});

test("keeps Astro's cache folder between runs, restored after `npm ci` empties node_modules", () => {
	const config = readFileSync(path.join(projectRoot, 'astro.config.mjs'), 'utf8');
	// Astro's default, unless astro.config.mjs sets its own.
	const cacheDir = /cacheDir:\s*['"]\.?\/?([^'"]+?)\/?['"]/.exec(config)?.[1] ?? 'node_modules/.astro';
	const cache = step('actions/cache');
	expect(cache?.with?.path).toBe(cacheDir);
	expect(String(cache?.with?.key)).toContain('${{ github.run_id }}');
	expect(steps.findIndex((s) => s.run === 'npm ci')).toBeLessThan(steps.indexOf(cache!));
	expect(steps.findIndex((s) => s.run === 'npm run build')).toBeGreaterThan(steps.indexOf(cache!));
});

test('deploys the built site to GitHub Pages, one deployment at a time, at the address Pages serves it from', () => {
	expect(step('actions/upload-pages-artifact')?.with?.path).toBe('dist');
	const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
	expect(deploy?.needs).toBe('build');
	expect(deploy?.environment?.name).toBe('github-pages');
	expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	expect(steps.find((s) => s.run === 'npm run build')?.env).toEqual({
		SITE_URL: '${{ steps.pages.outputs.base_url }}',
		BASE_PATH: '${{ steps.pages.outputs.base_path }}',
	});
});

const check = read('check.yml');
const checkSteps = stepsOf(check);

test('checks every pull request: the content check, then the build, after `npm ci`', () => {
	expect(check.on).toHaveProperty('pull_request');
	const runs = checkSteps.flatMap((s) => (s.run ? [s.run] : []));
	expect(runs).toEqual(['npm ci', 'npm run check:content', 'npm run build']);
	expect(step('actions/checkout', checkSteps)).toBeDefined();
	expect(step('actions/setup-node', checkSteps)?.with?.['node-version']).toBe(24);
});

test('checks and builds at the address site.yml publishes at, so that links to the site’s own address are read as there', () => {
	const address = steps.find((s) => s.run === 'npm run build')?.env;
	expect(address).toEqual({ SITE_URL: '${{ steps.pages.outputs.base_url }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
	expect(checkSteps.find((s) => s.uses?.startsWith('actions/configure-pages@'))).toMatchObject({ id: 'pages' });
	expect(checkSteps.filter((s) => s.run?.startsWith('npm run ')).map((s) => s.env)).toEqual([address, address]);
});

test('does not deploy, and can only read', () => {
	const deploying = ['actions/upload-pages-artifact', 'actions/deploy-pages'];
	expect(checkSteps.filter((s) => deploying.includes(s.uses?.split('@')[0] ?? ''))).toEqual([]);
	expect(Object.values(check.jobs).filter((job) => job.environment)).toEqual([]);
	expect(check.permissions).toEqual({ contents: 'read', pages: 'read' });
	// Not the `pages` group: a pull request's run never waits for a deployment, nor holds one up.
	expect(check.concurrency?.group).not.toBe('pages');
});

test('restores, before the build and without saving, the Astro cache site.yml saves on main', () => {
	const restore = step('actions/cache/restore', checkSteps);
	expect(step('actions/cache', checkSteps)).toBeUndefined();
	expect(restore?.with?.path).toBe(step('actions/cache')?.with?.path);
	const mainPrefix = String(step('actions/cache')?.with?.['restore-keys']).replace('${{ github.ref_name }}', 'main');
	expect(restore?.with?.['restore-keys']).toBe(mainPrefix);
	expect(checkSteps.indexOf(restore!)).toBeLessThan(checkSteps.findIndex((s) => s.run === 'npm run build'));
});

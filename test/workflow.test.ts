/**
 * The GitHub Actions workflow that builds and publishes the site (.github/workflows/site.yml, docs/deploy.md): valid
 * against the workflow schema GitHub's editors use (SchemaStore's, vendored in test/vendor/, so no network is
 * needed), and doing what scheduled publishing relies on. Actions itself cannot run here: this reads the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './helpers/site.ts';

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: { push?: { branches?: string[] }; schedule?: { cron: string }[] };
	permissions: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress'?: boolean };
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const workflow = parse(readFileSync(path.join(projectRoot, '.github', 'workflows', 'site.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const step = (action: string) => steps.find((s) => s.uses?.split('@')[0] === action);

test('is a valid workflow by the GitHub workflow JSON Schema', () => {
	const schema = JSON.parse(readFileSync(path.join(projectRoot, 'test', 'vendor', 'github-workflow.json'), 'utf8')) as object;
	const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
	expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
	// The schema can fail: a job without `runs-on` is refused.
	const broken = structuredClone(workflow) as unknown as { jobs: { build: Record<string, unknown> } };
	delete broken.jobs.build['runs-on'];
	expect(validate(broken)).toBe(false);
});

test('builds on every push to main and on a schedule at least hourly, so that a scheduled explainer goes out within the hour', () => {
	expect(workflow.on.push?.branches).toEqual(['main']);
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

/**
 * Builds a throwaway copy of the project with other content: the project's
 * code, config, styles and public files, and a content folder from a fixture
 * (with the fixture's own public files, when it has some). This is
 * exactly what a newsroom does when it replaces src/content.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from '../../scripts/copy-project.ts';
import { paths } from '../../src/model/urls.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const sitesDir = path.join(projectRoot, '.tmp', 'sites');
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface Site {
	root: string;
	dist: string;
	contentDir: string;
	remove(): void;
}

/**
 * A new project folder under .tmp/ (inside the project, so that packages
 * resolve from its node_modules) with `content` as its src/content.
 */
export function createSite(content: string): Site {
	mkdirSync(sitesDir, { recursive: true });
	const root = mkdtempSync(path.join(sitesDir, 'site-'));
	copyProject(projectRoot, root);
	const contentDir = path.join(root, 'src', 'content');
	cpSync(content, contentDir, { recursive: true });
	// A fixture's own public files (pictures its bodies show) sit beside it: newsroom-public/ for newsroom/.
	if (existsSync(`${content}-public`)) cpSync(`${content}-public`, path.join(root, 'public'), { recursive: true });
	return { root, dist: path.join(root, 'dist'), contentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunResult {
	code: number | null;
	output: string;
}

/** Environment variables to set for a run, or to unset (undefined). */
export type RunEnv = Record<string, string | undefined>;

/** Runs a Node script in a project folder, on the Node running the tests, with `env` over the tests' own environment. */
export function run(root: string, args: string[], env: RunEnv = {}): Promise<RunResult> {
	const merged = Object.fromEntries(
		Object.entries({ ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: root, env: merged });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

export const astroBuild = (site: Site, env?: RunEnv) => run(site.root, [astroBin, 'build'], env);
/** `npm run check:content` for the project at `root`, with `env` over the tests' environment. */
export const checkContent = (root: string, env?: RunEnv) => run(root, [path.join(projectRoot, 'scripts', 'check-content.ts'), root], env);

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** The web editor's folder in a build: its page and script are the editors' (docs/editing.md), not a reader's. */
const editorFolder = paths.editor.slice(1);

/** Every file of a build that readers are served: all but the web editor's. */
export const readerFiles = (dist: string) => listFiles(dist).filter((file) => !file.startsWith(editorFolder));

/** Every HTML page of a build that readers are served. */
export const readerPages = (dist: string) => readerFiles(dist).filter((file) => file.endsWith('.html'));

export const readDist = (site: Site, file: string) => readFileSync(path.join(site.dist, file), 'utf8');

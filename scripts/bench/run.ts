/**
 * `npm run bench [-- --sizes 1000,4000,10000]`: builds the same generated
 * newsroom with Dossier and with the bare Astro baseline (bench/baseline), in
 * one run, and appends the results to BENCHMARKS.md.
 *
 * For each size and each project: a cold build (no build output, no Astro
 * caches, an empty Node compile cache), a warm rebuild with nothing changed,
 * and a rebuild after editing one article; then the editor's loop in `astro dev`
 * (start to first page, save to changed page). Wall time, CPU time and peak RSS
 * come from GNU time. Projects, caches and output live in /dev/shm, whose timings
 * are steadier than disk's (Astro moves files from .astro/ to the output, so
 * both must be on one device).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../copy-project.ts';
import { writeCorpus } from './corpus.ts';
import { type DevLoop, measureDevLoop } from './dev-loop.ts';
import { pageWeight } from './weight.ts';

const root = path.resolve(import.meta.dirname, '../..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const scratch = existsSync('/dev/shm') ? '/dev/shm/dossier-bench' : path.join(os.tmpdir(), 'dossier-bench');
const projects = path.join(scratch, 'projects');

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,4000,10000' } } });
const sizes = values.sizes.split(',').map(Number);

if (spawnSync('/usr/bin/time', ['--version']).error) {
	console.error('The benchmark needs GNU time for CPU time and peak memory: apt-get install -y time');
	process.exit(1);
}

interface Project {
	name: 'Dossier' | 'Baseline';
	dir: string;
	/** Where the generated content goes in this project. */
	content: (corpus: string) => void;
}

function benchProject(name: Project['name'], from: string, files?: string[]): string {
	const dir = path.join(projects, name.toLowerCase());
	rmSync(dir, { recursive: true, force: true });
	copyProject(from, dir, files);
	// Each copy gets its own node_modules of links to the project's packages, so that
	// Astro's cache (node_modules/.astro) belongs to the copy alone.
	mkdirSync(path.join(dir, 'node_modules'));
	for (const entry of readdirSync(path.join(root, 'node_modules'))) {
		if (entry !== '.astro') symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
	}
	return dir;
}

mkdirSync(scratch, { recursive: true });
const dossier: Project = {
	name: 'Dossier',
	dir: benchProject('Dossier', root),
	content(corpus) {
		rmSync(path.join(this.dir, 'src/content'), { recursive: true, force: true });
		cpSync(corpus, path.join(this.dir, 'src/content'), { recursive: true });
	},
};
const baseline: Project = {
	name: 'Baseline',
	dir: benchProject('Baseline', path.join(root, 'bench/baseline'), ['astro.config.mjs', 'src']),
	content(corpus) {
		rmSync(path.join(this.dir, 'src/content'), { recursive: true, force: true });
		cpSync(path.join(corpus, 'articles'), path.join(this.dir, 'src/content/articles'), { recursive: true });
	},
};

interface Measure {
	wall: number;
	cpu: number;
	rssMiB: number;
	pages: number;
	files: number;
	bytes: number;
}

function walk(dir: string): { pages: number; files: number; bytes: number } {
	let pages = 0;
	let files = 0;
	let bytes = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		bytes += statSync(file).size;
		files++;
		if (entry.name.endsWith('.html')) pages++;
	}
	return { pages, files, bytes };
}

function build(project: Project, kind: 'cold' | 'warm' | 'edit'): Measure {
	const outDir = path.join(project.dir, 'dist');
	const compileCache = path.join(scratch, `${project.name.toLowerCase()}-compile-cache`);
	if (kind === 'cold') {
		for (const dir of [outDir, compileCache, path.join(project.dir, '.astro'), path.join(project.dir, 'node_modules/.astro')]) {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const timing = path.join(scratch, 'time.txt');
	const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timing, process.execPath, astro, 'build'], {
		cwd: project.dir,
		env: { ...process.env, NODE_COMPILE_CACHE: compileCache, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 256 << 20,
	});
	if (result.status !== 0) throw new Error(`${project.name} build failed:\n${result.stdout}\n${result.stderr}`);
	const [wall, user, system, rss] = readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-4).map(Number) as [number, number, number, number];
	return { wall, cpu: user + system, rssMiB: rss / 1024, ...walk(outDir) };
}

/** The id of the newest article: the one editors edit here. */
const newestArticle = (project: Project) => readdirSync(path.join(project.dir, 'src/content/articles')).sort().at(-1)!.replace(/\.md$/, '');

/** Appends a sentence to the end of the newest article, as an editor's fix would. */
function editOneArticle(project: Project) {
	const file = path.join(project.dir, 'src/content/articles', `${newestArticle(project)}.md`);
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor added this sentence.\n`);
}

const machine = () => {
	const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
	return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
};

const rows: string[] = [];
const fmt = (n: number, digits = 1) => n.toFixed(digits);
for (const size of sizes) {
	const corpus = path.join(scratch, `corpus-${size}`);
	writeCorpus({ articles: size, dir: corpus });
	const results = new Map<string, Record<'cold' | 'warm' | 'edit', Measure> & { dev: DevLoop }>();
	for (const project of [baseline, dossier]) {
		project.content(corpus);
		console.error(`${project.name}, ${size} articles: cold build…`);
		const cold = build(project, 'cold');
		console.error(`${project.name}, ${size} articles: warm rebuild…`);
		const warm = build(project, 'warm');
		editOneArticle(project);
		console.error(`${project.name}, ${size} articles: rebuild after editing one article…`);
		const edit = build(project, 'edit');
		console.error(`${project.name}, ${size} articles: astro dev, first page and an edit…`);
		const dev = await measureDevLoop(project.dir, astro, { article: newestArticle(project) });
		results.set(project.name, { cold, warm, edit, dev });
	}
	const base = results.get('Baseline')!;
	for (const [name, { cold, warm, edit, dev }] of results) {
		const ratio = name === 'Baseline' ? '1.00' : (cold.wall / base.cold.wall).toFixed(2);
		rows.push(
			`| ${size} | ${name} | ${fmt(cold.wall)} | ${fmt(cold.cpu)} | ${fmt(cold.rssMiB, 0)} | ${cold.pages} | ${cold.files} | ${fmt(cold.bytes / 2 ** 20)} | ${fmt((cold.wall * 1000) / size, 2)} | ${ratio} | ${fmt(warm.wall)} (${fmt(cold.wall / warm.wall, 2)}×) | ${fmt(edit.wall)} (${fmt(cold.wall / edit.wall, 2)}×) | ${fmt(dev.firstPageSeconds)} | ${fmt(dev.editSeconds, 2)} |`,
		);
	}
	console.error(rows.slice(-2).join('\n'));
}

// Page weight of the sample site, built by the same project copy.
dossier.content(path.join(root, 'src/content'));
build(dossier, 'cold');
const weight = pageWeight(path.join(dossier.dir, 'dist'));

const table = [
	'',
	`## Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
	'',
	`Machine: ${machine()}. Output on ${scratch.startsWith('/dev/shm') ? '/dev/shm (tmpfs)' : 'disk'}. One run per cell.`,
	'',
	'| articles | build | cold wall s | cold CPU s | peak RSS MiB | pages | files | output MiB | ms / article | ratio to baseline | warm rebuild s (speed-up) | one article edited s (speed-up) | dev: first page s | dev: edit shown s |',
	'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
	...rows,
	'',
	`Page weight of the sample site's largest article (${weight.page}): HTML ${(weight.html / 1024).toFixed(1)} KiB, CSS ${(weight.css / 1024).toFixed(1)} KiB, body ${(weight.body / 1024).toFixed(1)} KiB, so HTML + CSS beyond the body ${(weight.overhead / 1024).toFixed(1)} KiB; client JavaScript ${weight.js} bytes.`,
	'',
].join('\n');
appendFileSync(path.join(root, 'BENCHMARKS.md'), table);
console.log(table);
if (!process.env.BENCH_KEEP) execFileSync('rm', ['-rf', scratch]);

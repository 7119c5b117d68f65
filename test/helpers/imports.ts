/**
 * The imports of the project's code, read with TypeScript's own pre-processor (the
 * frontmatter and scripts of .astro files are TypeScript too), and the order the
 * pipeline's stages may import each other in (the README's project layout).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A code file by its path from the project's root, with the files it imports (also paths from the root). */
export interface CodeFile {
	file: string;
	imports: string[];
}

/** Each stage with the stages before it that it may import; a stage may always import its own files. */
export const stages = [
	{ stage: 'config', folders: ['src/config'] },
	{ stage: 'model', folders: ['src/model'] },
	{ stage: 'i18n', folders: ['src/i18n'] },
	{ stage: 'check', folders: ['src/check'] },
	{ stage: 'markdown', folders: ['src/markdown'] },
	{ stage: 'graph', folders: ['src/graph'] },
	{ stage: 'views', folders: ['src/views'] },
	{ stage: 'outputs', folders: ['src/outputs'] },
	{ stage: 'routing', folders: ['src/routing'] },
	{ stage: 'components', folders: ['src/components'] },
	{ stage: 'layouts', folders: ['src/layouts'] },
	{ stage: 'pages', folders: ['src/pages'] },
	{ stage: 'wiring', folders: ['src/integrations', 'src/content.config.ts', 'astro.config.mjs', 'scripts'] },
] as const;

/** Stages that may import only a few earlier ones: the interface's words, and the one script the site ships to browsers. */
const narrow: Record<string, readonly string[]> = {
	i18n: ['config', 'model'],
	browser: ['i18n'],
};

/** The module that loads the collections and builds the graph: only routes (src/pages) read it. */
export const graphLoader = 'src/graph/site-graph.ts';

export type Stage = (typeof stages)[number]['stage'] | 'browser';

/** The stage a file belongs to, or undefined for a file outside them (tests, type declarations). */
export function stageOf(file: string): Stage | undefined {
	if (file === 'src/browser' || file.startsWith('src/browser/')) return 'browser';
	return stages.find(({ folders }) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`)))?.stage;
}

const rank = (stage: Stage) => (stage === 'browser' ? -1 : stages.findIndex((entry) => entry.stage === stage));

/** Why `from` may not import `to`, or undefined when it may. */
export function orderProblem(from: string, to: string): string | undefined {
	const [a, b] = [stageOf(from), stageOf(to)];
	if (!a || !b) return undefined;
	if (to === graphLoader && stageOf(from) !== 'pages')
		return `${from} imports ${to}: only routes (src/pages) load the graph; pass what a page shows down as props`;
	if (a === b) return undefined;
	const allowed = narrow[a];
	if (allowed ? !allowed.includes(b) : b === 'browser' ? a !== 'pages' : rank(b) > rank(a))
		return `${from} (${a}) imports ${to} (${b}), against the order of the stages`;
	return undefined;
}

/** Every circle of imports, each as the files it runs through, first file first. */
export function circles(files: readonly CodeFile[]): string[][] {
	const importsOf = new Map(files.map(({ file, imports }) => [file, imports]));
	const found = new Map<string, string[]>();
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of importsOf.get(file) ?? []) {
			if (state.get(next) === 'open') {
				const circle = stack.slice(stack.indexOf(next));
				found.set([...circle].sort().join(' '), circle);
			} else if (!state.has(next) && importsOf.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const { file } of files) if (!state.has(file)) visit(file);
	return [...found.values()];
}

/** Every import against the order of the stages, and every circle, in words. */
export const importProblems = (files: readonly CodeFile[]): string[] => [
	...files.flatMap(({ file, imports }) => imports.map((to) => orderProblem(file, to)).filter((problem) => problem !== undefined)),
	...circles(files).map((circle) => `an import circle: ${[...circle, circle[0]].join(' → ')}`),
];

/** The TypeScript of a file: all of a .ts file; an .astro file's frontmatter and its scripts. */
function codeOf(file: string, text: string): string {
	if (!file.endsWith('.astro')) return text;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
	return [frontmatter, ...scripts].join('\n');
}

/** The project's code files (src/ but the content, scripts/, astro.config.mjs), each with the project files it imports. */
export function readCodeFiles(root: string): CodeFile[] {
	const walk = (dir: string): string[] =>
		readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
			.map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
			.filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.endsWith('.d.ts') && !file.startsWith('src/content/'));
	const files = [...walk('src'), ...walk('scripts'), 'astro.config.mjs'];
	return files.map((file) => {
		const text = readFileSync(path.join(root, file), 'utf8');
		const { importedFiles } = ts.preProcessFile(codeOf(file, text), true, true);
		const imports = importedFiles
			.map(({ fileName }) => fileName)
			.filter((name) => name.startsWith('.'))
			.map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name.replace(/[?#].*$/, ''))))
			.filter((target) => existsSync(path.join(root, target)));
		return { file, imports: [...new Set(imports)] };
	});
}

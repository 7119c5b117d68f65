/**
 * The code's imports run one way, along the pipeline (the README's project layout):
 * no stage imports a later one, only routes load the graph, and nothing imports in a circle.
 */
import { describe, expect, test } from 'vitest';
import { type CodeFile, circles, importProblems, orderProblem, readCodeFiles } from './helpers/imports.ts';
import { projectRoot } from './helpers/site.ts';

const project = readCodeFiles(projectRoot);

test('the project has imports to check, .astro files included', () => {
	expect(project.length).toBeGreaterThan(100);
	const layout = project.find(({ file }) => file === 'src/layouts/BaseLayout.astro');
	expect(layout?.imports).toContain('src/config/site.ts');
});

test('no import runs against the order of the stages, and none runs in a circle', () => {
	expect(importProblems(project)).toEqual([]);
});

describe('the rule refuses', () => {
	test.each([
		['a model file importing a view', 'src/model/dates.ts', 'src/views/summaries.ts'],
		['the check importing the graph', 'src/check/validate.ts', 'src/graph/graph.ts'],
		['the settings importing the model', 'src/config/site.ts', 'src/model/dates.ts'],
		['the interface words importing a view', 'src/i18n/index.ts', 'src/views/summaries.ts'],
		['the interface words importing the check', 'src/i18n/index.ts', 'src/check/problems.ts'],
		['the browser script importing the settings', 'src/browser/search.ts', 'src/config/site.ts'],
		['a view importing the browser script', 'src/views/summaries.ts', 'src/browser/search-status.ts'],
		['a component loading the graph', 'src/components/DemandStrip.astro', 'src/graph/site-graph.ts'],
		['a layout loading the graph', 'src/layouts/EntityLayout.astro', 'src/graph/site-graph.ts'],
		['a view loading the graph', 'src/views/entity/entity.ts', 'src/graph/site-graph.ts'],
	])('%s', (_name, from, to) => {
		expect(orderProblem(from, to)).toMatch(/against the order|only routes/);
	});

	test('a planted backwards import, and a planted graph load in a component, among the project’s own files', () => {
		const planted: CodeFile[] = project.map(({ file, imports }) =>
			file === 'src/model/dates.ts'
				? { file, imports: [...imports, 'src/views/summaries.ts'] }
				: file === 'src/components/StanceList.astro'
					? { file, imports: [...imports, 'src/graph/site-graph.ts'] }
					: { file, imports },
		);
		const before = new Set(importProblems(project));
		const added = importProblems(planted).filter((problem) => !before.has(problem));
		expect(added.filter((problem) => !problem.startsWith('an import circle')).sort()).toEqual([
			'src/components/StanceList.astro imports src/graph/site-graph.ts: only routes (src/pages) load the graph; pass what a page shows down as props',
			'src/model/dates.ts (model) imports src/views/summaries.ts (views), against the order of the stages',
		]);
		// The model importing a view closes a circle back to the model, which is refused too.
		expect(added).toContain('an import circle: src/model/dates.ts → src/views/summaries.ts → src/i18n/index.ts → src/model/dates.ts');
	});
});

describe('the rule allows', () => {
	test.each([
		['a page loading the graph', 'src/pages/articles/[id].astro', 'src/graph/site-graph.ts'],
		['a view reading the model', 'src/views/summaries.ts', 'src/model/entities.ts'],
		['a file of the same stage', 'src/check/validate.ts', 'src/check/problems.ts'],
		['the search page loading the browser script', 'src/pages/search.astro', 'src/browser/search.ts'],
		['the wiring importing any stage', 'src/integrations/sitemap.ts', 'src/graph/graph.ts'],
	])('%s', (_name, from, to) => {
		expect(orderProblem(from, to)).toBeUndefined();
	});
});

test.each([
	[
		'two files',
		[
			{ file: 'a', imports: ['b'] },
			{ file: 'b', imports: ['a'] },
		],
		[['a', 'b']],
	],
	[
		'three files',
		[
			{ file: 'a', imports: ['b'] },
			{ file: 'b', imports: ['c'] },
			{ file: 'c', imports: ['a'] },
		],
		[['a', 'b', 'c']],
	],
	[
		'none: a diamond',
		[
			{ file: 'a', imports: ['b', 'c'] },
			{ file: 'b', imports: ['d'] },
			{ file: 'c', imports: ['d'] },
			{ file: 'd', imports: [] },
		],
		[],
	],
])('circles: %s', (_name, files, expected) => {
	expect(circles(files)).toEqual(expected);
});

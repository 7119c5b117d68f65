/** The README and docs point only inside the repository, every file they link exists, and what they promise about the machine is what package.json says. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from './helpers/site.ts';

const documents = [
	'README.md',
	...readdirSync(path.join(projectRoot, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => `docs/${name}`),
];

test.each(documents)('%s links only to files in the repository', (document) => {
	const text = readFileSync(path.join(projectRoot, document), 'utf8');
	// Examples for editors, in code, are not links of the document.
	const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
	const targets = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((href) => !/^(https?:|mailto:|#)/.test(href));
	const missing = targets.filter((href) => {
		const file = path.resolve(projectRoot, path.dirname(document), decodeURIComponent(href.split('#')[0]!));
		return !file.startsWith(projectRoot) || !existsSync(file);
	});
	expect(missing).toEqual([]);
	expect(text).not.toMatch(/\.\.\/shared/);
});

test('the README asks for the Node version package.json’s `engines` names, and the Node the scripts run on is the `node` package it lists', () => {
	const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
	const { engines, devDependencies } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
		engines: { node: string };
		devDependencies: Record<string, string>;
	};
	expect(`>=${/You need Node\.js (\d+) or newer/.exec(readme)?.[1]}`).toBe(engines.node);
	expect(/Dossier runs on Node (\d+)/.exec(readme)?.[1]).toBe(/^\^(\d+)\./.exec(devDependencies.node ?? '')?.[1]);
});

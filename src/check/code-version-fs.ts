/**
 * A hash of the code that turns content files into what the site stores (the stages from the settings to
 * the outputs, Markdown pipeline included) and of the versions of the packages the site runs on. Whatever is kept between builds by a file's text
 * alone (Astro's stored entries, the content check's parses, the search index) is kept under this hash too, so
 * that changing that code, or upgrading a parser, reads every file again instead of serving what the old code made.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const src = new URL('../', import.meta.url);
const project = new URL('../', src);

/**
 * Every package the site runs on, with its version: from the lockfile, all but the tools used only to develop
 * (a new linter reads no file differently); without one (pnpm, Yarn), the site's own dependencies as installed.
 */
function runtimePackages(): string[] {
	const lockfile = new URL('package-lock.json', project);
	if (existsSync(lockfile)) {
		const { packages = {} } = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, { version?: string; dev?: boolean }> };
		return Object.entries(packages)
			.filter(([name, entry]) => name !== '' && !entry.dev)
			.map(([name, entry]) => `${name}@${entry.version}`);
	}
	const manifest = new URL('package.json', project);
	if (!existsSync(manifest)) return [];
	const { dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
	return Object.keys(dependencies).map((name) => {
		const installed = new URL(`node_modules/${name}/package.json`, project);
		return `${name}@${existsSync(installed) ? (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version : dependencies[name]}`;
	});
}

// The stages from the settings to the outputs, the interface's words among them (rendered bodies carry some):
// the editors' tools, integrations and pages only wire them together.
const codeFolders = ['config', 'model', 'i18n', 'check', 'markdown', 'graph', 'views', 'outputs', 'routing'];

export const codeVersion: string = (() => {
	const hash = createHash('sha1');
	for (const folder of codeFolders) {
		const dir = new URL(`${folder}/`, src);
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.ts'))
			.sort()) {
			hash.update(name).update(readFileSync(new URL(name, dir)));
		}
	}
	for (const name of runtimePackages().sort()) hash.update(`\0${name}`);
	return hash.digest('base64url');
})();

/**
 * Global setup of the browser tests: builds the fixture newsroom (with an actor
 * renamed, so that it has redirect pages, and committed day by day, so that its
 * history pages have a history to tell), the fixture with a heavy and a busy
 * article added, the sample site, and a Polish and an Arabic newsroom in their
 * own language and time zone into throwaway projects and serves each on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { addBusyArticle, addHeavyArticle } from '../helpers/heavy-article.ts';
import { listFormerId, renamedActor } from '../helpers/renames.ts';
import { commitNewsroomHistory } from '../helpers/newsroom-history.ts';
import { astroBuild, createSite, listFiles, projectRoot, type RunEnv, type Site } from '../helpers/site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		sites: Record<SiteName, { url: string; dist: string; pages: string[]; redirects: string[] }>;
	}
}

export type SiteName = 'fixture' | 'heavy' | 'sample' | 'polish' | 'arabic';

const fixture = path.join(projectRoot, 'test', 'fixtures', 'newsroom');
/** Each site's content folder, what is added to its copy, and the settings it is built with. */
const contents: Record<SiteName, { dir: string; add?: (site: Site) => void; env?: RunEnv }> = {
	fixture: {
		dir: fixture,
		add: ({ root, contentDir }) => {
			listFormerId(contentDir, 'actors', renamedActor.id, renamedActor.formerId);
			commitNewsroomHistory(root);
		},
	},
	heavy: {
		dir: fixture,
		add: ({ contentDir }) => {
			addHeavyArticle(contentDir);
			addBusyArticle(contentDir);
		},
	},
	sample: { dir: path.join(projectRoot, 'src', 'content') },
	// Another language is only settings: the same code, content in that language.
	polish: { dir: `${fixture}-pl`, env: { SITE_LOCALE: 'pl', SITE_TIMEZONE: 'Europe/Warsaw' } },
	arabic: { dir: `${fixture}-ar`, env: { SITE_LOCALE: 'ar', SITE_TIMEZONE: 'Asia/Beirut' } },
};

function serve(dir: string): Promise<Server> {
	const files = sirv(dir, { dev: false, etag: false });
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			sirv(dir, { dev: false })(Object.assign(req, { url: '/404.html' }), res);
		}),
	);
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function setup(project: TestProject) {
	const built: Site[] = [];
	const servers: Server[] = [];
	const sites = {} as Record<SiteName, { url: string; dist: string; pages: string[]; redirects: string[] }>;
	for (const name of Object.keys(contents) as SiteName[]) {
		const site = createSite(contents[name].dir);
		contents[name].add?.(site);
		built.push(site);
		const build = await astroBuild(site, contents[name].env);
		if (build.code !== 0) throw new Error(`The ${name} site did not build:\n${build.output}`);
		const server = await serve(site.dist);
		servers.push(server);
		// Every page as its URL path: /, /actors/, /actors/x/, /404.html. A redirect page (at a renamed file's old
		// address) moves the browser on at once, so the tests that visit pages get it apart: the page it leads to is one.
		// The web editor's page (admin/) is the editor's, not a reader's: editor.test.ts has it.
		const html = listFiles(site.dist).filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
		const isRedirect = (file: string) => readFileSync(path.join(site.dist, file), 'utf8').includes('<meta http-equiv="refresh"');
		const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
		sites[name] = {
			url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
			dist: site.dist,
			pages: html.filter((file) => !isRedirect(file)).map(urlOf),
			redirects: html.filter(isRedirect).map(urlOf),
		};
	}
	project.provide('sites', sites);
	return async () => {
		for (const server of servers) server.close();
		for (const site of built) site.remove();
	};
}

/**
 * The fixture build served by Debian's nginx with deploy/nginx.conf and
 * deploy/nginx-redirects.conf, as docs/deploy.md tells a newsroom to use them
 * (only the port, the root and the map's path to the build are changed): status
 * codes, content types with their charset, the site's own 404 page, redirects to
 * the trailing slash that keep the visitor's host, a renamed actor's old
 * addresses, and the headers a <meta> policy cannot set. Skipped, saying so,
 * where nginx is not installed (.ci/run installs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { entityFeedUrl, entityUrl, indexUrl } from '../../src/model/entities.ts';
import { feedContentType, securityHeaders } from '../../src/outputs/http-headers.ts';
import { urls } from '../../src/model/urls.ts';
import { projectRoot } from '../helpers/site.ts';
import { renamedActor } from '../helpers/renames.ts';
import { nginxMapFile } from '../../src/outputs/host-redirects.ts';

const nginx = '/usr/sbin/nginx';
const installed = existsSync(nginx);
if (!installed) console.warn(`Skipping the nginx tests: ${nginx} is not installed (apt-get install nginx-light; .ci/run does it).`);

const { dist } = inject('sites').fixture;
const template = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
const mapTemplate = readFileSync(path.join(projectRoot, 'deploy', 'nginx-redirects.conf'), 'utf8');

/** A port nothing listens on now (nginx cannot listen on port 0 and say which it got). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

/** The documented server block with this test's port and root, in an http {} of its own with nginx's stock mime table. */
function nginxConf(prefix: string, port: number): string {
	const server = template
		.replace(/^\tlisten 80;$/m, `\tlisten 127.0.0.1:${port};`)
		.replace(/^\tlisten \[::\]:80;\n/m, '')
		.replace(/^\troot \/srv\/dossier\/dist;$/m, `\troot ${dist};`);
	if (!server.includes(`listen 127.0.0.1:${port};`) || !server.includes(`root ${dist};`))
		throw new Error('deploy/nginx.conf no longer has the listen and root lines this test replaces.');
	const map = mapTemplate.replace(/^\tinclude \/srv\/dossier\/dist\/(.*);$/m, `\tinclude ${dist}/$1;`);
	if (!map.includes(`include ${dist}/`)) throw new Error('deploy/nginx-redirects.conf no longer has the include line this test replaces.');
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${prefix}/${name};`).join('\n');
	return [
		'daemon off;',
		// As root, nginx's workers would run as nobody, who cannot read the test's build.
		process.getuid?.() === 0 ? 'user root;' : '',
		`pid ${prefix}/nginx.pid;`,
		`error_log ${prefix}/error.log;`,
		'events {}',
		`http {\ninclude /etc/nginx/mime.types;\ndefault_type application/octet-stream;\naccess_log off;\n${temp}\n${map}\n${server}\n}`,
	].join('\n');
}

describe.skipIf(!installed)('the fixture build served by nginx with deploy/nginx.conf', () => {
	let prefix: string;
	let child: ChildProcess;
	let base: string;
	let log = '';

	beforeAll(async () => {
		prefix = mkdtempSync(path.join(os.tmpdir(), 'dossier-nginx-'));
		const port = await freePort();
		writeFileSync(path.join(prefix, 'nginx.conf'), nginxConf(prefix, port));
		child = spawn(nginx, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout!.on('data', (chunk) => (log += chunk));
		child.stderr!.on('data', (chunk) => (log += chunk));
		base = `http://127.0.0.1:${port}`;
		for (let tries = 0; ; tries++) {
			if (child.exitCode !== null) throw new Error(`nginx exited:\n${log}`);
			try {
				await fetch(base);
				break;
			} catch (error) {
				if (tries > 100) throw new Error(`nginx did not answer:\n${log}`, { cause: error });
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		}
	});
	afterAll(async () => {
		// Removed only once nginx has exited: a master still shutting down can write into its prefix.
		if (child && child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve).kill());
		if (prefix) rmSync(prefix, { recursive: true, force: true });
	});

	const get = (url: string) => fetch(new URL(url, base), { redirect: 'manual' });
	const distFile = (file: string) => readFileSync(path.join(dist, file), 'utf8');

	test('the configuration is valid and nginx says nothing about it', () => {
		expect(log).not.toMatch(/\[(warn|emerg|error)\]/);
	});

	test('pages are served as HTML in UTF-8', async () => {
		for (const url of [urls.home, indexUrl('actors'), entityUrl('actors', 'valdoria'), urls.search]) {
			const response = await get(url);
			expect(response.status, url).toBe(200);
			expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
		}
	});

	test('a page without its trailing slash redirects to it with a relative Location, keeping the query', async () => {
		const index = await get(indexUrl('actors').replace(/\/$/, ''));
		expect(index.status).toBe(301);
		expect(index.headers.get('location')).toBe(indexUrl('actors'));
		const entity = await get(`${entityUrl('actors', 'valdoria').replace(/\/$/, '')}?from=feed`);
		expect(entity.status).toBe(301);
		expect(entity.headers.get('location')).toBe(`${entityUrl('actors', 'valdoria')}?from=feed`);
		const search = await get(`${urls.search.replace(/\/$/, '')}?q=river`);
		expect(search.headers.get('location')).toBe(`${urls.search}?q=river`);
	});

	test('feeds are served as application/rss+xml in UTF-8, the site’s and an entity’s (with a non-ASCII id)', async () => {
		expect(feedContentType).toBe('application/rss+xml; charset=utf-8');
		for (const url of [urls.feed, entityFeedUrl('actors', 'valdoria'), encodeURI(entityFeedUrl('topics', 'économie'))]) {
			const response = await get(url);
			expect(response.status, url).toBe(200);
			expect(response.headers.get('content-type'), url).toBe(feedContentType);
			expect(await response.text(), url).toBe(distFile(decodeURI(url).slice(1)));
		}
	});

	test('an unknown address gets status 404 and the site’s own 404 page', async () => {
		for (const url of ['/nope/', '/nope', `${indexUrl('actors')}nobody/`, '/rss.xml/']) {
			const response = await get(url);
			expect(response.status, url).toBe(404);
			expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
			expect(await response.text(), url).toBe(distFile('404.html'));
		}
	});

	test('every response, the 404 page and redirects included, carries the headers a <meta> policy cannot set', async () => {
		for (const url of [urls.home, urls.feed, '/nope/', indexUrl('actors').replace(/\/$/, '')]) {
			const response = await get(url);
			expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
			expect(response.headers.get('content-security-policy'), url).toBe("frame-ancestors 'none'");
			for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${url} ${name}`).toBe(value);
		}
	});

	test('search works from nginx: Pagefind’s script as JavaScript, its index files, revalidated', async () => {
		const script = await get(urls.searchScript);
		expect(script.status).toBe(200);
		expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
		expect(script.headers.get('cache-control')).toBe('no-cache');
		const entry = await get('/pagefind/pagefind-entry.json');
		expect(entry.status).toBe(200);
		expect(entry.headers.get('content-type')).toMatch(/^application\/json/);
	});

	test('hashed assets are cached for a year; the open data and sitemap have their types', async () => {
		const asset = readdirSync(path.join(dist, '_astro')).find((file) => file.endsWith('.css') || file.endsWith('.js'));
		expect(asset).toBeDefined();
		const response = await get(`/_astro/${asset}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('max-age=31536000');
		expect((await get(urls.dataFile('positions.csv'))).headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect((await get(urls.dataFile('graph.json'))).headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect((await get(urls.sitemap)).headers.get('content-type')).toBe('text/xml; charset=utf-8');
	});

	test('a renamed actor’s old addresses redirect (301) to the same place under its id now, keeping the query', async () => {
		const { id, formerId } = renamedActor;
		const now = entityUrl('actors', id);
		const cases: [old: string, location: string][] = [
			[entityUrl('actors', formerId), now],
			[`${entityUrl('actors', formerId)}?from=feed`, `${now}?from=feed`],
			[entityUrl('actors', formerId).replace(/\/$/, ''), now],
			[entityFeedUrl('actors', formerId), entityFeedUrl('actors', id)],
			[`${entityUrl('actors', formerId)}page/2/`, `${now}page/2/`],
		];
		for (const [old, location] of cases) {
			const response = await get(old);
			expect(response.status, old).toBe(301);
			expect(response.headers.get('location'), old).toBe(location);
			expect(response.headers.get('x-content-type-options'), old).toBe('nosniff');
		}
		// An address that only starts like the old one is no address of it.
		expect((await get(`${entityUrl('actors', formerId).replace(/\/$/, '')}-x/`)).status).toBe(404);
	});

	test('the files meant for other hosts, and the map’s entries, are not served', async () => {
		for (const file of ['_headers', '_redirects', nginxMapFile]) {
			expect(existsSync(path.join(dist, file)), file).toBe(true);
			expect((await get(`/${file}`)).status, file).toBe(404);
		}
	});
});

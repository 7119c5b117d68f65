/**
 * The deployment settings say the same thing everywhere: the `_headers` file the
 * build writes (Netlify, Cloudflare Pages) and deploy/nginx.conf set the headers
 * of src/outputs/http-headers.ts. test/e2e/nginx.test.ts serves a build with the
 * nginx file; site.test.ts checks that the build writes `_headers`. A build
 * under a base path set in astro.config.mjs rather than with BASE_PATH stops
 * (test/base-path.test.ts builds under one).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { entityFeedUrl, entityKindList } from '../src/model/entities.ts';
import { cacheHeaders, feedContentType, headersFile, securityHeaders } from '../src/outputs/http-headers.ts';
import { urls } from '../src/model/urls.ts';
import { nginxMapFile } from '../src/outputs/host-redirects.ts';
import { astroBuild, createSite, projectRoot } from './helpers/site.ts';

/** The `_headers` rules as pattern → header lines. */
function rules(text: string): Map<string, string[]> {
	const parsed = new Map<string, string[]>();
	let current: string[] | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (/^\s/.test(line)) current!.push(line.trim());
		else parsed.set(line, (current = []));
	}
	return parsed;
}

test('_headers gives every path the security headers, every feed its type and charset, and caching', () => {
	const parsed = rules(headersFile());
	expect(parsed.get('/*')).toEqual([
		'X-Content-Type-Options: nosniff',
		"Content-Security-Policy: frame-ancestors 'none'",
		'Referrer-Policy: strict-origin-when-cross-origin',
	]);
	const feeds = [urls.feed, ...entityKindList.map((kind) => entityFeedUrl(kind, '*'))];
	expect(feeds).toContain('/actors/*/rss.xml');
	// Netlify duplicates a Content-Type header written in lower case: it must be spelled so.
	for (const feed of feeds) expect(parsed.get(feed), feed).toEqual(['Content-Type: application/rss+xml; charset=utf-8']);
	expect(parsed.get('/_astro/*')).toEqual([`Cache-Control: ${cacheHeaders.assets}`]);
	expect(parsed.get('/pagefind/*')).toEqual(['Cache-Control: no-cache']);
});

test('deploy/nginx.conf sets the same headers and the settings the guide promises', () => {
	const conf = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
	for (const [name, value] of Object.entries(securityHeaders)) expect(conf).toContain(`add_header ${name} "${value}" always;`);
	// Only the server block adds headers: a location with an add_header of its own would drop them.
	expect(conf.match(/^\s*add_header /gm)).toHaveLength(Object.keys(securityHeaders).length);
	expect(conf).toContain(`default_type ${feedContentType.split(';')[0]};`);
	for (const line of ['absolute_redirect off;', 'charset utf-8;', 'error_page 404 /404.html;', 'root /srv/dossier/dist;', 'listen 80;'])
		expect(conf).toContain(line);
});

test('deploy/nginx-redirects.conf maps by the file of entries the build writes, and deploy/nginx.conf answers its addresses with a 301', () => {
	const map = readFileSync(path.join(projectRoot, 'deploy', 'nginx-redirects.conf'), 'utf8');
	const server = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
	expect(map).toContain('map $uri $dossier_redirect {');
	expect(map).toContain(`\tinclude /srv/dossier/dist/${nginxMapFile};`);
	expect(server).toContain('\tif ($dossier_redirect) {\n\t\treturn 301 $dossier_redirect$is_args$args;\n\t}');
	for (const file of ['_headers', '_redirects', nginxMapFile])
		expect(`/${file}`, file).toMatch(new RegExp(/location ~ (\S+) \{\n\t\treturn 404;/.exec(server)![1]!));
});

test('a base path set in astro.config.mjs rather than with BASE_PATH stops the build and says why, rather than writing a site whose links leave the base', async () => {
	const site = createSite(path.join(projectRoot, 'test', 'fixtures', 'newsroom'));
	try {
		const config = path.join(site.root, 'astro.config.mjs');
		const text = readFileSync(config, 'utf8');
		expect(text).toContain("trailingSlash: 'always',");
		expect(text).toContain('	base: site.base,');
		writeFileSync(config, text.replace('	base: site.base,', "	base: '/dossier/',"));
		const build = await astroBuild(site);
		expect(build.code).not.toBe(0);
		expect(build.output).toContain('Set the base path with BASE_PATH');
		expect(existsSync(path.join(site.dist, 'index.html'))).toBe(false);
	} finally {
		site.remove();
	}
});

/**
 * The web editor's page: Sveltia CMS, from the npm package and served by the site itself (no CDN), under a
 * Content-Security-Policy of its own that lets it talk to the Git host in config/editor.ts and nothing else.
 * The site's pages get Astro's policy; this page is not one of them, and is kept out of search engines.
 */
import path from 'node:path';
import { editorBackend } from '../../config/editor.ts';
import { urls } from '../../model/urls.ts';

/** The script's name beside the page. */
export const editorScriptName = 'sveltia-cms.js';

/**
 * The fonts the editor's script loads from a CDN, each with the npm package file the site serves instead,
 * beside the page under the same name: the icons are a font, and without it every button reads as its icon's name.
 */
export const editorFonts = [
	{
		cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
		file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
	},
	{
		cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
		file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
	},
	{
		cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
		file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
	},
].map((font) => ({ ...font, name: path.basename(font.file, '.woff2') }));

/** A change to the editor's script: what it finds, what takes its place, and why. */
interface ScriptChange {
	find: string;
	replace: string;
	why: string;
}

/**
 * The changes the site makes to the editor's script. Its fonts come from the site, not the CDN the page's
 * policy refuses. And a new file's name keeps letters of every script but drops every punctuation mark
 * and symbol, not only ASCII ones, so that a headline's ’ or « » never ends up in an id.
 */
const scriptChanges = (): ScriptChange[] => [
	...editorFonts.map((font) => ({ find: font.cdn, replace: `${urls.editor}fonts/${font.name}.woff2`, why: 'its fonts' })),
	// Only where file names are made (the same pattern also checks other names, which keep their punctuation).
	{ find: '{unicode:new RegExp(hP,`gu`)', replace: String.raw`{unicode:/[\p{Z}\p{C}\p{P}\p{S}]/gu`, why: 'the characters a file name drops' },
];

/**
 * The editor's script, as the npm package ships it (one file that needs no other), with the site's changes.
 * A change that finds nothing is an error, so that a new version of the package cannot quietly go back to
 * the CDN, or to file names that are not ids.
 */
export function changedEditorScript(script: string): string {
	for (const change of scriptChanges()) {
		if (!script.includes(change.find))
			throw new Error(`The web editor's script has changed where the site changes ${change.why}: update scriptChanges in src/outputs/editor/page.ts.`);
		script = script.replaceAll(change.find, change.replace);
	}
	return script;
}

/** Where each Git host's API answers, for hosts that are not self-hosted (and where GitHub says whether it is up). */
const apiOrigins: Readonly<Record<string, string[]>> = {
	github: ['https://api.github.com', 'https://www.githubstatus.com'],
	gitlab: ['https://gitlab.com'],
	gitea: ['https://gitea.com'],
};

/** Where each Git host keeps the pictures of the people signed in. */
const avatarOrigins: Readonly<Record<string, string[]>> = {
	github: ['https://avatars.githubusercontent.com'],
	gitlab: ['https://gitlab.com', 'https://secure.gravatar.com'],
	gitea: ['https://gitea.com', 'https://secure.gravatar.com'],
};

type Backend = Readonly<Record<string, string>>;

/** A self-hosted Git host's origin, from its API address, or undefined for the host's public service. */
const ownHost = (backend: Backend) => (backend.api_root ? new URL(backend.api_root).origin : undefined);

/** The origins the editor may fetch from: the Git host's API (or the one the settings name), and the sign-in helper. */
export function editorConnectOrigins(backend: Backend = editorBackend): string[] {
	const host = ownHost(backend);
	const api = host ? [host] : (apiOrigins[backend.name ?? ''] ?? []);
	const auth = backend.base_url ? [new URL(backend.base_url).origin] : [];
	return [...new Set([...api, ...auth])];
}

/** The origins the editor may show pictures from besides the site: the signed-in person's. */
const editorImageOrigins = (backend: Backend) => {
	const host = ownHost(backend);
	return host ? [host] : (avatarOrigins[backend.name ?? ''] ?? []);
};

/** The policy: scripts only from this site, styles inline as the editor writes them, pictures of saved files as blobs. */
export function editorPolicy(backend: Backend = editorBackend): string {
	return [
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		['img-src', "'self'", 'data:', 'blob:', ...editorImageOrigins(backend)].join(' '),
		"media-src 'self' blob:",
		"font-src 'self' data:",
		['connect-src', "'self'", 'blob:', 'data:', ...editorConnectOrigins(backend)].join(' '),
		"worker-src 'self' blob:",
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"object-src 'none'",
	].join('; ');
}

/** Where the page is committed, beside the configuration: `npm run cms:config` writes both, as its policy follows the back-end. */
export const editorPageFile = 'public/admin/index.html';

/**
 * The page's HTML. It names its script and configuration by paths from itself, so that one file serves any base
 * path; it is a file in public/ because `npm run dev` serves a folder's index.html there, and an endpoint not.
 */
export const editorPage = () => `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv="Content-Security-Policy" content="${editorPolicy()}">
		<meta name="robots" content="noindex, nofollow">
		<meta name="referrer" content="same-origin">
		<title>Editor</title>
		<!-- Written by \`npm run cms:config\` from src/outputs/editor/page.ts and src/config/editor.ts: change those, not this file. -->
		<link href="./config.yml" type="application/yaml" rel="cms-config-url">
		<script src="./${editorScriptName}"></script>
	</head>
	<body></body>
</html>
`;

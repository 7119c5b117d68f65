/**
 * The web editor's configuration is built from the content schemas: the committed file is what the build
 * of it gives, the editor's own JSON Schema accepts it, and a field added to a schema appears in its form
 * with its description, its choices and whether it may be left out.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { enumMeanings } from '../src/model/enum-meanings.ts';
import { ref } from '../src/model/reference-fields.ts';
import { actorSchema, articleSchema } from '../src/model/schemas.ts';
import { editorConfig, editorConfigFile, editorConfigText } from '../src/outputs/editor/config.ts';
import { type EditorField, fieldsOf, jsonSchemaOf } from '../src/outputs/editor/fields.ts';
import { editorScript } from '../src/outputs/editor/editor-files-fs.ts';
import { changedEditorScript, editorConnectOrigins, editorFonts, editorPage, editorPageFile, editorPolicy } from '../src/outputs/editor/page.ts';

const fieldsOfSchema = (schema: z.ZodType) => fieldsOf(jsonSchemaOf(schema));
const byName = (fields: EditorField[], name: string) => fields.find((field) => field.name === name)!;

test('the committed configuration and page are the ones the schemas and settings give: run `npm run cms:config` after changing them', () => {
	expect(readFileSync(editorConfigFile, 'utf8')).toBe(editorConfigText());
	expect(readFileSync(editorPageFile, 'utf8')).toBe(editorPage());
});

test("the editor's JSON Schema accepts the configuration", () => {
	const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
	const ajv = new Ajv({ allErrors: true, strict: false });
	ajv.addFormat('regex', (value: string) => {
		try {
			return Boolean(new RegExp(value));
		} catch {
			return false;
		}
	});
	ajv.addFormat('uri', (value: string) => URL.canParse(value));
	const validate = ajv.compile(schema);
	expect(validate(parse(readFileSync(editorConfigFile, 'utf8'))), JSON.stringify(validate.errors, null, 1)).toBe(true);
});

describe('a field added to a schema', () => {
	const extended = (field: z.ZodType) => actorSchema().extend({ added: field });
	test.each([
		['required text', z.string().describe('Said.'), { widget: 'string', hint: 'Said.' }],
		['optional text with a limit', z.string().max(80).optional().describe('Short.'), { widget: 'string', maxlength: 80, required: false, hint: 'Short.' }],
		['a list with a default', z.array(z.string()).default([]).describe('Many.'), { widget: 'list', label_singular: 'Added', required: false, hint: 'Many.' }],
		['a choice', z.enum(['theme', 'place', 'event']).describe('Which.'), { widget: 'select', hint: 'Which.' }],
		['a reference', ref({}, 'topics').describe('Topic id.'), { widget: 'relation', collection: 'topics', value_field: '{{slug}}', display_fields: ['title'] }],
		[
			'a list of references',
			z.array(ref({}, 'actors')).default([]).describe('Actor ids.'),
			{ widget: 'relation', collection: 'actors', multiple: true, required: false },
		],
	])('appears in the form: %s', (_, schema, expected) => {
		const field = byName(fieldsOfSchema(extended(schema)), 'added');
		expect(field).toMatchObject({ name: 'added', label: 'Added', ...expected });
		if (!('required' in expected)) expect(field.required).toBeUndefined();
	});

	test('lands in the committed configuration only when it is written again', () => {
		const config = editorConfig();
		const actors = config.collections.find((collection) => collection.name === 'actors')!;
		expect(actors.fields.map((field) => field.name)).toEqual([...Object.keys(actorSchema().shape), 'body']);
	});
});

test("an enum's choices say what each value means, in the content model's words", () => {
	const stance = byName(byName(byName(fieldsOfSchema(articleSchema()), 'demands').fields as EditorField[], 'positions').fields as EditorField[], 'stance');
	expect(stance.options).toContainEqual({ label: 'supports: the party backs the demand', value: 'supports' });
	const rows = readFileSync('docs/content-model.md', 'utf8').split('\n');
	const documented = (value: string, meaning: string) => rows.some((row) => row.startsWith(`| \`${value}\` |`) && row.includes(`| ${meaning} |`));
	const undocumented = enumMeanings.flatMap((meanings) => Object.entries(meanings).filter(([value, meaning]) => !documented(value, meaning)));
	expect(undocumented).toEqual([]);
});

test.each([
	['dates are text of the two shapes, kept as written', 'published', { widget: 'string', pattern: [expect.stringContaining('\\d{4}'), expect.any(String)] }],
	['a draft is a choice left empty, not a switch that writes false', 'draft', { widget: 'select', required: false }],
	['references are picked by name and stored by id', 'topics', { widget: 'relation', search_fields: ['title'], value_field: '{{slug}}' }],
])('%s', (_, name, expected) => {
	expect(byName(fieldsOfSchema(articleSchema()), name)).toMatchObject(expected);
});

test('the lead picture is a picture field, and the story plain text', () => {
	const article = editorConfig().collections.find((collection) => collection.name === 'articles')!;
	expect((byName(byName(article.fields, 'image').fields as EditorField[], 'src') as EditorField).widget).toBe('image');
	expect(byName(article.fields, 'body').widget).toBe('text');
	expect(article).toMatchObject({ slug: '{{year}}-{{month}}-{{day}}-{{slug}}', media_folder: '', public_folder: '.' });
});

test.each([
	[{ name: 'github' }, ['https://api.github.com', 'https://www.githubstatus.com']],
	[{ name: 'github', base_url: 'https://auth.example.org' }, ['https://api.github.com', 'https://www.githubstatus.com', 'https://auth.example.org']],
	[{ name: 'gitlab', api_root: 'https://git.example.org/api/v4' }, ['https://git.example.org']],
	[{ name: 'gitea', api_root: 'https://gitea.example.org/api/v1' }, ['https://gitea.example.org']],
])("the editor's page may reach the Git host and its sign-in helper only: %o", (backend, origins) => {
	expect(editorConnectOrigins(backend)).toEqual(origins);
	expect(editorPolicy(backend)).toContain(`connect-src 'self' blob: data: ${origins.join(' ')};`);
	expect(editorPolicy(backend)).toContain("script-src 'self';");
	expect(editorPolicy(backend)).not.toMatch(/img-src[^;]* https:[;\s]/);
});

test('a Gitea back-end with the pull-request workflow, which the editor has not, is refused when the configuration is written', () => {
	expect(() => editorConfig({ name: 'gitea', repo: 'desk/site' }, 'editorial_workflow')).toThrow(
		/no pull-request workflow on Gitea: set editorPublishMode to 'simple'/,
	);
	expect(editorConfig({ name: 'gitea', repo: 'desk/site' }, 'simple').publish_mode).toBe('simple');
});

describe("the site's changes to the editor's script", () => {
	const fonts = editorFonts.map((font) => font.cdn).join(' ');
	const slugPattern = '{unicode:new RegExp(hP,`gu`)';
	test('load its fonts from the site and keep punctuation of every script out of file names', () => {
		const changed = changedEditorScript(`${fonts} ${slugPattern}`);
		expect(changed).not.toContain('cdn.jsdelivr.net');
		expect(changed).toContain('/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
		expect(changed).toContain(String.raw`{unicode:/[\p{Z}\p{C}\p{P}\p{S}]/gu`);
	});
	test('stop the build when a new version of the script no longer has what they change', () => {
		expect(() => changedEditorScript(fonts)).toThrow(/the characters a file name drops: update scriptChanges/);
	});
	test('find what they change in the installed script', async () => {
		await expect(editorScript()).resolves.toContain('/admin/fonts/source-sans-3-latin-wght-normal.woff2');
	});
});

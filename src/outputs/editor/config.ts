/**
 * The web editor's configuration (public/admin/config.yml), built from the content schemas and the
 * back-end settings in config/editor.ts, so that its forms never drift from the content model.
 * `npm run cms:config` writes it; a test fails when the committed file is not what this builds.
 */
import { stringify } from 'yaml';
import { editorBackend, editorPublishMode } from '../../config/editor.ts';
import { nameFields } from '../../model/entities.ts';
import { type CollectionName, schemas } from '../../model/schemas.ts';
import { type EditorField, fieldsOf, jsonSchemaOf } from './fields.ts';

/** Where the configuration is committed, from the project's root. */
export const editorConfigFile = 'public/admin/config.yml';

/** How each collection is named in the editor, and which field names its files. */
const collectionLabels: { readonly [Name in CollectionName]: { label: string; singular: string; identifier: string } } = {
	articles: { label: 'Explainers', singular: 'Explainer', identifier: 'title' },
	actors: { label: 'Actors', singular: 'Actor', identifier: nameFields.actors },
	demands: { label: 'Demands', singular: 'Demand', identifier: nameFields.demands },
	sources: { label: 'Sources', singular: 'Source', identifier: nameFields.sources },
	topics: { label: 'Topics', singular: 'Topic', identifier: nameFields.topics },
};

/** The Markdown after the frontmatter, edited as the text it is: rich-text editing would rewrite its syntax. */
const bodyField = (name: CollectionName): EditorField => ({
	name: 'body',
	label: name === 'articles' ? 'Story' : 'Page text',
	widget: 'text',
	required: false,
	hint:
		name === 'articles'
			? 'Markdown, as in any content file: cite a report as [@key]. A draft may leave it empty; the content check answers every mistake when the change is built.'
			: "Markdown, shown on this file's page; it may be left empty.",
});

/** One collection: the folder of one kind of file, its form, and how a new file is named. */
function collectionOf(name: CollectionName) {
	const { label, singular, identifier } = collectionLabels[name];
	return {
		name,
		label,
		label_singular: singular,
		folder: `src/content/${name}`,
		extension: 'md',
		format: 'frontmatter',
		identifier_field: identifier,
		// An explainer's file name starts with the day it is created, as `npm run new` names it.
		...(name === 'articles' ? { slug: '{{year}}-{{month}}-{{day}}-{{slug}}' } : {}),
		// A lead picture is saved beside the explainer and written as a path from it: ./photo.jpg.
		...(name === 'articles' ? { media_folder: '', public_folder: '.' } : {}),
		// `aliases` is an actor's field of other names; the editor's URL aliases would write into it.
		aliases_field: false,
		fields: [...fieldsOf(jsonSchemaOf(schemas[name]())), bodyField(name)],
	};
}

/** The whole configuration, as an object the editor's JSON Schema validates. */
export function editorConfig(backend: Readonly<Record<string, string>> = editorBackend, publishMode = editorPublishMode) {
	if (publishMode === 'editorial_workflow' && backend.name === 'gitea') {
		throw new Error("The web editor has no pull-request workflow on Gitea: set editorPublishMode to 'simple' in src/config/editor.ts.");
	}
	return {
		backend: { ...backend },
		publish_mode: publishMode,
		// The editor wants a shared folder; an explainer's pictures go beside it (its collection's media_folder).
		media_folder: 'src/assets',
		slug: { encoding: 'unicode', clean_accents: false, lowercase: true, sanitize_replacement: '-', trim: true, timezone: 'local' },
		// An optional field left empty is left out of the file, as an editor writing by hand would leave it.
		output: { omit_empty_optional_fields: true },
		editor: { preview: false },
		collections: (Object.keys(collectionLabels) as CollectionName[]).map(collectionOf),
	};
}

/** The configuration file's text. */
export const editorConfigText = () =>
	`# Written by \`npm run cms:config\` from src/model/schemas.ts and src/config/editor.ts: change those, not this file.\n${stringify(editorConfig(), { lineWidth: 0 })}`;

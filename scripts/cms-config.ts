/**
 * `npm run cms:config`: writes the web editor's configuration (public/admin/config.yml) from the content
 * schemas and src/config/editor.ts, and its page (public/admin/index.html), whose policy follows the back-end.
 * Run it after changing either; a test fails until the files are written again.
 */
import { writeFileSync } from 'node:fs';
import { editorConfigFile, editorConfigText } from '../src/outputs/editor/config.ts';
import { editorPage, editorPageFile } from '../src/outputs/editor/page.ts';

writeFileSync(editorConfigFile, editorConfigText());
writeFileSync(editorPageFile, editorPage());
console.log(`Wrote ${editorConfigFile} and ${editorPageFile}.`);

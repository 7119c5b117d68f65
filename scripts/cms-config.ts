/**
 * `npm run cms:config`: writes the web editor's configuration (public/admin/config.yml) from the content
 * schemas and src/config/editor.ts. Run it after changing either; a test fails until the file is written again.
 */
import { writeFileSync } from 'node:fs';
import { editorConfigFile, editorConfigText } from '../src/outputs/editor/config.ts';

writeFileSync(editorConfigFile, editorConfigText());
console.log(`Wrote ${editorConfigFile}.`);

import { editorScript } from '../../outputs/editor/editor-files-fs.ts';

/** The web editor's script (outputs/editor/page.ts). */
export const GET = async () => new Response(await editorScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });

import { editorPage } from '../../outputs/editor/page.ts';

/** The web editor's page (outputs/editor/page.ts), at /admin/. */
export const GET = () => new Response(editorPage(), { headers: { 'content-type': 'text/html; charset=utf-8' } });

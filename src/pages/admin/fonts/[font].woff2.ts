import type { APIContext } from 'astro';
import { editorFont } from '../../../outputs/editor/editor-files-fs.ts';
import { editorFonts } from '../../../outputs/editor/page.ts';

/** The web editor's fonts, from their npm packages. */
export const getStaticPaths = () => editorFonts.map((font) => ({ params: { font: font.name }, props: { file: font.file } }));

export const GET = async ({ props }: APIContext<{ file: string }>) => new Response(await editorFont(props.file), { headers: { 'content-type': 'font/woff2' } });

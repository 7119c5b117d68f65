/**
 * The parse Astro's processor runs on every finished tree (rehype-raw after
 * the last plugin), run only where it can change something. A tree made from
 * Markdown alone is already what a browser would build from its HTML, and
 * parsing it again took about a tenth of a body's render; a tree that had raw
 * HTML may not be, once the sanitiser has taken elements out of it (a <div>
 * left inside a <p>), and is parsed again as before. Astro has no setting for
 * its pass: it is turned off as unified turns off any plugin, with `false` for
 * its options, while the processor is put together, so this plugin goes last.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { mayHoldRawHtml } from './rehype-raw-html.ts';

export default function rehypeFinalReparse(this: Processor) {
	this.use(rehypeRaw, false);
	return (tree: Root, file: VFile): Root => (mayHoldRawHtml(file) ? (raw(tree, { file }) as Root) : tree);
}

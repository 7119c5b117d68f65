/**
 * The parse Astro's processor runs on every finished tree (rehype-raw after
 * its own last steps), run only where it can change something. Most trees are
 * already what a browser builds from their HTML, and parsing them again took
 * about a tenth of a body's render. Two kinds may not be: a tree that had raw
 * HTML, once the sanitiser has taken elements out of it (a <div> left inside a
 * <p>), and one with a footnote call, which Markdown allows inside a link's
 * text (a link inside a link). Those are parsed again, here, before Astro lists
 * the headings. Astro has no setting for its pass: it is turned off as unified
 * turns off any plugin, with `false` for its options, while the processor is
 * put together, so this plugin goes last.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { reparse } from './rehype-raw-html.ts';

/** Whether a tree may need the parse: it had raw HTML, or its source calls a footnote (`[^1]`). */
const mayNeedParse = (file: VFile) => file.data.parsedRawHtml === true || String(file.value).includes('[^');

export default function rehypeFinalReparse(this: Processor) {
	// unified finds a plugin by identity: were Astro's rehype-raw another copy than ours, `false` would turn off nothing.
	const later = this.attachers.slice((this as unknown as { freezeIndex: number }).freezeIndex + 1);
	if (!later.some(([plugin, options]) => (plugin as unknown) === rehypeRaw && options !== false)) {
		throw new Error(
			"rehypeFinalReparse found no rehype-raw of its own copy after it: it must be the last of the site's rehype plugins, with Astro's processor",
		);
	}
	this.use(rehypeRaw, false);
	return (tree: Root, file: VFile): Root => (mayNeedParse(file) ? reparse(tree, file) : tree);
}

/**
 * What the check reads in a body: its links and pictures, each with its line. The Markdown pool finds them in its own
 * parse of the body, before any plugin changes the tree (src/markdown/plugins/remark-body-contents.ts), so that a
 * body rendered while the check runs is parsed once, not once there and once here.
 */
import type { Root } from 'mdast';
import type { BodyContents } from './content-file.ts';
import { bodyLinks } from './rules/body-links.ts';
import { bodyImages } from './rules/pictures-fs.ts';

/** The links and pictures in `body`; `tree` is its Markdown tree when it is parsed already (GFM, with positions). */
export const bodyContents = (body: string, tree?: Root): BodyContents => ({ links: bodyLinks(body, tree), images: bodyImages(body, tree) });

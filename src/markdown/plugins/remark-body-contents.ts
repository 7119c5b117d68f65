/**
 * Finds what the content check reads in a body, its links and pictures (src/check/body-contents.ts), in this parse
 * of it, and hands them over with the body's findings: the check takes them instead of parsing the body itself. It
 * runs first, on the tree as parsed: the plugins after it add links (mentions) and change text (citations).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyContents } from '../../check/body-contents.ts';
import { findingsIn } from '../findings.ts';

export default function remarkBodyContents() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
		if (frontmatter) findingsIn(frontmatter).contents = bodyContents(String(file.value), tree);
	};
}

/**
 * Drops control characters and other code points that XML and HTML reject
 * from body text, so text pasted from anywhere renders and feeds cleanly.
 */
import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { hasForbiddenChars, withoutForbiddenChars } from '../../model/forbidden-chars.ts';

export default function rehypeForbiddenChars() {
	return (tree: Root, file: VFile) => {
		// Character references (&#7;) can produce them too, so "&#" in the source also means a walk.
		const source = String(file.value);
		if (!hasForbiddenChars(source) && !source.includes('&#')) return;
		visit(tree, 'text', (node: Text) => {
			node.value = withoutForbiddenChars(node.value);
		});
	};
}

/**
 * Drops control characters and other code points that XML and HTML reject
 * from body text, so text pasted from anywhere renders and feeds cleanly.
 */
import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { withoutForbiddenChars } from '../lib/text.ts';

export default function rehypeForbiddenChars() {
	return (tree: Root) => {
		visit(tree, 'text', (node: Text) => {
			node.value = withoutForbiddenChars(node.value);
		});
	};
}

/**
 * Pictures in bodies load without shifting the page: one from public/ gets
 * its file's width and height, and every picture loads lazily and decodes off
 * the main thread. Runs after sanitising, which would drop `loading`.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';

export interface BodyImageOptions {
	/** The folder the site serves as it is: /images/x.jpg is read from <publicDir>/images/x.jpg. */
	publicDir?: string;
}

// Read once per file and version of it, however many bodies show it.
const sizes = new Map<string, { mtimeMs: number; size?: { width: number; height: number } }>();

/** The width and height of a file in public/, or undefined when it is not there or not a picture. */
export function publicPictureSize(publicDir: string, src: string): { width: number; height: number } | undefined {
	if (!src.startsWith('/') || src.startsWith('//')) return undefined;
	let file: string;
	try {
		file = path.join(publicDir, decodeURI(src.split(/[?#]/, 1)[0]!));
	} catch {
		return undefined;
	}
	if (!file.startsWith(publicDir + path.sep)) return undefined;
	try {
		const { mtimeMs } = statSync(file);
		const cached = sizes.get(file);
		if (cached?.mtimeMs === mtimeMs) return cached.size;
		let size: { width: number; height: number } | undefined;
		try {
			const { width, height } = imageSize(readFileSync(file));
			size = width && height ? { width, height } : undefined;
		} catch {
			size = undefined;
		}
		sizes.set(file, { mtimeMs, size });
		return size;
	} catch {
		return undefined;
	}
}

export default function rehypeBodyImages({ publicDir = path.resolve('public') }: BodyImageOptions = {}) {
	const root = path.resolve(publicDir);
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'img') return;
			const { src } = node.properties;
			const size = typeof src === 'string' ? publicPictureSize(root, src) : undefined;
			if (size && node.properties.width === undefined && node.properties.height === undefined) {
				node.properties.width = size.width;
				node.properties.height = size.height;
			}
			node.properties.loading = 'lazy';
			node.properties.decoding = 'async';
		});
	};
}

/**
 * Pictures, checked before the build: an article's lead picture must be a
 * picture file that is there, and every picture in a body needs alt text and
 * must come from public/ or from an https:// address. A picture in a body
 * cannot be a file beside the Markdown: the site would show it, but feeds
 * would get a placeholder instead (Astro keeps only a stand-in for it in the
 * stored HTML that feeds are made from).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Definition, Html, Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from '../problems.ts';
import { pictureEndingsInWords, pictureFile } from '../../model/picture-types.ts';
import { pictureScheme, schemeOf } from '../../model/url-schemes.ts';
import { bodyTree, htmlTree } from '../body-tree.ts';

export interface BodyImage {
	src: string;
	/** Undefined when the picture has no alt attribute at all (raw HTML). */
	alt: string | undefined;
	/** The body's line it is on (1-based). */
	line: number;
	/** Written as raw HTML `<img>` rather than Markdown. */
	html?: boolean;
}

/** Every picture in a Markdown body, raw HTML `<img>` included, with its alt text and line. */
export function bodyImages(body: string): BodyImage[] {
	if (!/!\[|<img/i.test(body)) return [];
	const tree = bodyTree(body);
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (node: Definition) => void definitions.set(node.identifier, node.url));
	const images: BodyImage[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'image') images.push({ src: (node as Image).url, alt: (node as Image).alt ?? '', line });
		if (node.type === 'imageReference') {
			const { identifier, alt } = node as ImageReference;
			const src = definitions.get(identifier);
			if (src !== undefined) images.push({ src, alt: alt ?? '', line });
		}
		if (node.type === 'html') {
			visit(htmlTree(node as Html), 'element', (element) => {
				const { src, alt } = element.properties;
				if (element.tagName === 'img' && typeof src === 'string') images.push({ src, alt: typeof alt === 'string' ? alt : undefined, line, html: true });
			});
		}
	});
	return images;
}

/** What is wrong with a picture in a body, or undefined when it is fine; without `publicFiles`, one from public/ is taken to be there. */
export function bodyImageProblem({ src, alt, html }: BodyImage, publicFiles?: ReadonlySet<string>): Omit<Problem, 'file'> | undefined {
	if (!alt?.trim()) {
		return {
			message: 'has no alt text',
			fix: html
				? `describe what the picture shows, for readers who cannot see it: <img src="${src}" alt="Delegates at the table">`
				: `describe what the picture shows between the brackets, for readers who cannot see it: ![Delegates at the table](${src})`,
		};
	}
	const scheme = schemeOf(src);
	if (scheme === pictureScheme) return undefined;
	if (scheme || src.startsWith('//')) {
		return {
			message: `shows "${src}", which is not an https:// address or a file in public/`,
			fix: 'use an https:// address, or put the file in public/images/',
		};
	}
	if (!src.startsWith('/')) {
		const name = path.posix.basename(src.split(/[?#]/, 1)[0]!);
		return {
			message: `shows "${src}", a file beside the Markdown: feeds would get a placeholder instead of the picture`,
			fix: `put the file in public/images/ and write ![…](/images/${name}), or make it the article's lead picture (image: in the frontmatter)`,
		};
	}
	const file = decodeURI(src.split(/[?#]/, 1)[0]!);
	if (publicFiles && !publicFiles.has(file))
		return { message: `shows ${file}, but there is no public${file}`, fix: `put the picture at public${file}, or correct the path` };
	return undefined;
}

/** Why a file cannot be a picture on the site, or undefined when it can: its width and height can be read. */
function unreadablePicture(file: string): string | undefined {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch {
		return 'there is no such file';
	}
	try {
		const { width, height } = imageSize(bytes);
		return width && height ? undefined : 'its width and height cannot be read';
	} catch {
		return `it is not a picture Dossier can read (use ${pictureEndingsInWords})`;
	}
}

/** A lead picture (`image.src`) that is not there or is no picture, as a problem of `file`. */
export function leadImageProblem(file: { path: string; data: unknown }, root: string): Omit<Problem, 'file'> | undefined {
	const src = ((file.data as { image?: unknown } | null)?.image as { src?: unknown } | undefined)?.src;
	// A path of the wrong shape is the schema's to report.
	if (typeof src !== 'string' || !/^\.\.?\//.test(src.trim()) || !pictureFile.test(src.trim())) return undefined;
	const absolute = path.resolve(root, path.dirname(file.path), src.trim());
	const why = unreadablePicture(absolute);
	if (!why) return undefined;
	const shown = path.relative(root, absolute).split(path.sep).join('/');
	return {
		message: `names ${shown}, but ${why}`,
		fix: `put the picture at ${shown}, or write \`src\` as the path from this file to the picture (./photo.jpg when it sits beside it)`,
	};
}

/** The content check's record of one file: what it read from disk, and what it found in the body. */
import type { CollectionName } from '../model/schemas.ts';
import type { Refusal } from './file-text.ts';
import type { YamlSlip } from './yaml-lines.ts';
import type { BodyLink } from './rules/body-links.ts';
import type { BodyImage } from './rules/pictures-fs.ts';

/** A content file as read from disk, before validation. */
export interface ContentFile {
	collection: CollectionName;
	/** Path from the project root, as editors see it. */
	path: string;
	/** The id the file's name gives it. */
	id: string;
	/** The file's whole text. */
	raw: string;
	/** Parsed frontmatter; undefined when there is none. */
	data: unknown;
	/** The Markdown body after the frontmatter. */
	body: string;
	/** The file's line on which the body starts. */
	bodyLine?: number;
	/** The line of a field, by its path. */
	lineOf?: (path: readonly PropertyKey[]) => number | undefined;
	/** What in the YAML could not be read, or reads otherwise than meant. */
	slips?: YamlSlip[];
	/** Why nothing of the file could be read: bytes that are not text, or past a limit (limits.ts). */
	refusal?: Refusal;
	/** Set for files under src/content that are not a collection's Markdown: pictures, and anything else. */
	format?: 'image' | 'other';
}

/** The links and pictures in a body. */
export interface BodyContents {
	links: BodyLink[];
	images: BodyImage[];
}

/**
 * Names as people type them. A quote, an apostrophe or a dash may be typed plain or typographic (’ for ', “ for ",
 * – for -), by hand, by a keyboard or by a wire service's system, and a space may be a non-breaking or a narrow one:
 * `Dockworkers’ Federation` is the actor named `Dockworkers' Federation`. Mentions of actors and the wire import
 * compare names with these marks folded to the plain one, and keep the text as written. Every mark here, and its
 * plain one, is a single UTF-16 unit, so folding keeps the text's length: an offset in the folded text is an offset
 * in the text.
 */

/** Marks typed for the same thing, the plain one first. */
const alike = [`'’‘ʼ‛′`, `"“”„‟″`, '-‐‑‒–—―−'];

const plainOf = new Map(alike.flatMap((marks) => [...marks].map((mark) => [mark, marks[0]!] as const)));
const unit = (mark: string) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}`;
const anyOf = (marks: string) => `[${[...marks].map(unit).join('')}]`;
// \p{Zs}: every space character (no-break, narrow no-break, thin, em…), each one UTF-16 unit.
const foldable = new RegExp(`${anyOf(alike.join(''))}|\\p{Zs}`, 'gu');

/** `text` with each typographic quote, apostrophe and dash as its plain mark, and each space as a plain space; as long as `text`. */
export const foldTyping = (text: string): string => text.replace(foldable, (mark) => plainOf.get(mark) ?? ' ');

/**
 * A regular expression's source that finds `name` however its marks are typed: each quote, apostrophe or dash as
 * any of its forms, and each run of spaces as any whitespace (Markdown and wire copy wrap a name across lines).
 * Case is the caller's flag.
 */
export function typedNamePattern(name: string): string {
	const classOf = new Map(alike.map((marks) => [marks[0]!, anyOf(marks)]));
	return foldTyping(name.trim())
		.split(/\s+/)
		.map((word) => [...word].map((char) => classOf.get(char) ?? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''))
		.join('\\s+');
}

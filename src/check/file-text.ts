/**
 * A content file's text as every editor's machine saves it: UTF-8 with or without a byte-order mark, lines ended by
 * LF, CRLF (Windows, Git's `core.autocrlf`) or a lone CR (old Mac editors). Everything after reading sees one form:
 * no mark, LF only, so a file reads, checks and builds the same whichever machine saved it, and lines count the same.
 * What is not text (bytes that are not UTF-8, control characters) is refused where it is, never replaced.
 */
import { firstForbiddenChar } from '../model/forbidden-chars.ts';

/** Why a file cannot be read at all, at its line: nothing of it is checked or built. */
export interface Refusal {
	/** `(file)` for the file as a whole, else the part the problem is in. */
	field: '(file)' | '(frontmatter)' | '(body)';
	line?: number;
	message: string;
	fix: string;
}

/** The text without a byte-order mark, every line ended by LF. */
export const asLfText = (raw: string): string => raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// As Astro's loader reads a file (Node's 'utf-8'): the mark is kept, and the check's text is the very string it gets.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
	const lead = bytes[i]!;
	if (lead < 0x80) return 1;
	// Second byte's range by lead byte, which rules out overlong forms, surrogates and code points past U+10FFFF.
	const [length, low, high] =
		lead >= 0xc2 && lead <= 0xdf
			? [2, 0x80, 0xbf]
			: lead === 0xe0
				? [3, 0xa0, 0xbf]
				: lead === 0xed
					? [3, 0x80, 0x9f]
					: lead >= 0xe1 && lead <= 0xef
						? [3, 0x80, 0xbf]
						: lead === 0xf0
							? [4, 0x90, 0xbf]
							: lead === 0xf4
								? [4, 0x80, 0x8f]
								: lead >= 0xf1 && lead <= 0xf3
									? [4, 0x80, 0xbf]
									: [0, 0, 0];
	if (!length || bytes[i + 1] === undefined || bytes[i + 1]! < low || bytes[i + 1]! > high) return 0;
	for (let k = 2; k < length; k++) if (bytes[i + k] === undefined || (bytes[i + k]! & 0xc0) !== 0x80) return 0;
	return length;
}

/** The line and column (both from 1, columns in characters) of `offset` in `text`, counting CR, CRLF and LF as line ends. */
export function positionIn(text: string, offset: number): { line: number; column: number } {
	const before = asLfText(text.slice(0, offset));
	const lastBreak = before.lastIndexOf('\n');
	return { line: before.split('\n').length, column: [...before.slice(lastBreak + 1)].length + 1 };
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/**
 * A file's bytes as text. Bytes that are not UTF-8 refuse the file, at the first of them; its text is then read as
 * Astro reads it (with U+FFFD in their place), so that the check's verdict on it still reaches the loader.
 */
export function decodeContent(bytes: Uint8Array): { text: string; refusal?: Refusal } {
	try {
		return { text: strict.decode(bytes) };
	} catch {
		let at = 0;
		for (let length; (length = sequenceAt(bytes, at));) at += length;
		const text = lenient.decode(bytes);
		const { line, column } = positionIn(lenient.decode(bytes.subarray(0, at)), at);
		return {
			text,
			refusal: {
				field: '(file)',
				line,
				message: `column ${column}: byte 0x${hex(bytes[at]!, 2)} is not UTF-8 text (the file was saved in another encoding, or holds a stray byte)`,
				fix: 'save the file as UTF-8 (in VS Code: "Reopen with Encoding", pick the one it was written in, then "Save with Encoding" › UTF-8), and check the characters on that line',
			},
		};
	}
}

/** The first control or other non-text character in LF text (tab and line ends are text), refused where it is. */
export function controlCharRefusal(text: string): Refusal | undefined {
	const at = firstForbiddenChar(text);
	if (at < 0) return undefined;
	const { line, column } = positionIn(text, at);
	const code = text.codePointAt(at)!;
	const name =
		code === 0 ? 'a NUL character (U+0000)' : `${code < 0xa0 ? 'an invisible control character' : 'a character that is not text'} (U+${hex(code, 4)})`;
	return {
		field: '(file)',
		line,
		message: `column ${column}: ${name}, which no page or feed can show`,
		fix: 'delete it: retype the words around that column (it often comes with text pasted from a PDF or a word processor)',
	};
}

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

/**
 * Where the first byte that is not UTF-8 lies, in the bytes and in the text the lenient decoder made of them: at the
 * first U+FFFD the file does not itself hold (one it holds is written EF BF BD).
 */
function firstNonUtf8(bytes: Uint8Array, text: string): { byte: number; index: number } {
	let byte = 0;
	let index = 0;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (code === 0xfffd && !(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) break;
		byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		index += char.length;
	}
	return { byte, index };
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
		const text = lenient.decode(bytes);
		const { byte, index } = firstNonUtf8(bytes, text);
		const { line, column } = positionIn(text, index);
		return {
			text,
			refusal: {
				field: '(file)',
				line,
				message: `column ${column}: byte 0x${hex(bytes[byte]!, 2)} is not UTF-8 text (the file was saved in another encoding, or holds a stray byte)`,
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

/** Plain-text hygiene shared by pages and feeds. */

// C0 and C1 controls other than tab, newline and carriage return; Unicode
// noncharacters; unpaired surrogates. XML 1.0 forbids them and HTML treats them
// as errors, and a single one makes a feed unreadable in strict readers.
const forbiddenChars =
	// Control characters are what this pattern is for.
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 forbids and HTML rejects. */
export const withoutForbiddenChars = (text: string) => text.replace(forbiddenChars, '');

/** Whether `text` holds any character that `withoutForbiddenChars` would remove. */
export const hasForbiddenChars = (text: string) => text.search(forbiddenChars) !== -1;

/** Where the first character that `withoutForbiddenChars` would remove is in `text`, or -1. */
export const firstForbiddenChar = (text: string) => text.search(forbiddenChars);

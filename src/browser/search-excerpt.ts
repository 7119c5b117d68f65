/**
 * A search result's excerpt, made from the page's indexed text and where the
 * query's words are in it: the passage where they are densest, started at the
 * beginning of its sentence (else at a word, after "…"), so that it never
 * opens halfway through a word or a thought. Pagefind's own excerpt starts a
 * fixed number of words before the match, wherever that falls.
 */

/** Where Pagefind found a word of the query: its place among the page's words, and how much it counts. */
export interface MatchLocation {
	location: number;
	balanced_score: number;
}

/** A run of the excerpt's text, marked when it is a word the query matched. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** Pagefind's own word split (word_separators in its script), so that locations index the same words. */
const wordSeparators = /[^\S\uFEFF]+/;

/**
 * A word that ends a sentence, closing quotes and brackets included, and any invisible joiner (the one that keeps a
 * citation number on its word); Pagefind ends each heading and block with a full stop.
 */
const endsSentence = /[.!?…؟。]["'”’»)\]\p{Cf}]*$/u;

/**
 * The excerpt of `content`: at most `length` words (a few more to end a sentence), from the start of the sentence
 * that holds the densest run of matches, with the matched words marked. The first `skip` words are left out
 * (the page's title, which the result shows as its link).
 */
export function excerptOf(content: string, matches: readonly MatchLocation[], length: number, skip = 0): ExcerptPart[] {
	const words = content.trim().split(wordSeparators);
	const inText = matches.filter(({ location }) => location >= skip && location < words.length);
	const anchor = densestStart(inText, length) ?? skip;
	let start = anchor;
	// Back to the sentence's start, if it is near enough that the matches stay in view with a few words after them.
	const reach = Math.max(Math.floor(length / 2), length - 8);
	for (let i = anchor; i >= Math.max(skip, anchor - reach); i--) {
		if (i === skip || endsSentence.test(words[i - 1]!)) {
			start = i;
			break;
		}
	}
	let end = Math.min(words.length, start + length);
	// A few words more finish the sentence rather than cut it.
	for (let i = end; i < Math.min(words.length, end + 8); i++) {
		if (endsSentence.test(words[i - 1]!)) break;
		if (endsSentence.test(words[i]!)) {
			end = i + 1;
			break;
		}
	}
	const marked = new Set(inText.map(({ location }) => location));
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	const startsSentence = start === skip || endsSentence.test(words[start - 1]!);
	if (!startsSentence) push('… ', false);
	for (let i = start; i < end; i++) {
		if (i > start) push(' ', false);
		push(words[i]!, marked.has(i));
	}
	if (end < words.length && !endsSentence.test(words[end - 1]!)) push(' …', false);
	return parts;
}

/** Where the run of `length` words that holds the most matched weight starts: at a match, the earliest if several tie. */
function densestStart(matches: readonly MatchLocation[], length: number): number | undefined {
	let best: { at: number; score: number } | undefined;
	for (const { location } of matches) {
		const score = matches.filter((other) => other.location >= location && other.location < location + length).reduce((sum, m) => sum + m.balanced_score, 0);
		if (!best || score > best.score || (score === best.score && location < best.at)) best = { at: location, score };
	}
	return best?.at;
}

/**
 * How many of the first words of `content` are the page's heading, which Pagefind puts first and ends with a full
 * stop: the title, and the rest of its sentence (a later page's heading may add "page 2 of 3").
 */
export function titleWords(content: string, title: string): number {
	const words = content.trim().split(wordSeparators);
	const titled = title.trim().split(wordSeparators);
	if (!titled.every((word, i) => words[i] === word || (i === titled.length - 1 && words[i]!.startsWith(word)))) return 0;
	for (let i = titled.length - 1; i < Math.min(words.length, titled.length + 6); i++) if (endsSentence.test(words[i]!)) return i + 1;
	return titled.length;
}

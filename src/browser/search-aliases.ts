/**
 * Which of the site's other names for actors ("the Kremlin", "Moscow") a query
 * names. An actor's other names are left out of the index's text, so that
 * they never fill its excerpts; each is a filter value instead, and a query
 * that names one finds the actor through it.
 */

/** A word as a query and a name are compared: lower case, without accents, so "zoe" finds "Zoë". */
const wordsOf = (text: string, lang: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase(lang)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * The names the query names: each word of the query is a word of the name (the last one may be cut short, as it is
 * while the reader types), and one of them is the name's longest word, so "the" alone names nothing.
 */
export function aliasesNamed(query: string, aliases: readonly string[], lang: string): string[] {
	const asked = wordsOf(query, lang);
	if (!asked.length) return [];
	return aliases.filter((alias) => {
		const words = wordsOf(alias, lang);
		const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
		const found = asked.map((word, i) => words.find((w) => w === word || (i === asked.length - 1 && w.startsWith(word))));
		return found.every(Boolean) && found.includes(longest);
	});
}

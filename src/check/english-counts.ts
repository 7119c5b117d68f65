/**
 * The tool's own counted words, for editors in the terminal and in the build
 * log. These speak English whatever the site's language; readers' words are
 * in the interface catalogues (src/i18n).
 */
const pluralRules = new Intl.PluralRules('en');

/** Every counted noun, in each plural form English has, so no plural is made by adding "s". */
const nouns = {
	problem: { one: 'problem', other: 'problems' },
	file: { one: 'file', other: 'files' },
	warning: { one: 'warning', other: 'warnings' },
	page: { one: 'page', other: 'pages' },
	feed: { one: 'feed', other: 'feeds' },
	redirect: { one: 'redirect', other: 'redirects' },
	explainer: { one: 'explainer', other: 'explainers' },
} satisfies Record<string, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

export type Noun = keyof typeof nouns;

/** The noun in the form a count takes: "file" for 1, "files" for 3. */
export const nounFor = (n: number, noun: Noun): string =>
	(nouns[noun] as Partial<Record<Intl.LDMLPluralRule, string>>)[pluralRules.select(n)] ?? nouns[noun].other;

/** "1 file", "3 files". */
export const nounCount = (n: number, noun: Noun) => `${n} ${nounFor(n, noun)}`;

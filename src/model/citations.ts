/**
 * The citation syntax of article bodies: `[@key]` or `[@a; @b]`.
 * One parser, used by the remark plugin that renders citations and by the
 * content check that refuses undeclared keys.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';

/** A citation group in body text: `[@key]` or `[@a; @b]`. Global, for matchAll and find-and-replace. */
export const citationGroup = /\[@[\p{L}\p{M}\p{N}_-]+(?:\s*;\s*@[\p{L}\p{M}\p{N}_-]+)*\]/gu;

/** A citation key: letters and digits of any script, _ and -. */
export const keyPattern = /^[\p{L}\p{M}\p{N}_-]+$/u;

/** The keys of one citation group, in the order written. */
export const keysOf = (group: string): string[] =>
	group
		.slice(1, -1)
		.split(';')
		.map((key) => key.trim().slice(1));

/** Every key cited in a run of text, in order. */
export const citedKeysIn = (text: string): string[] => [...text.matchAll(citationGroup)].flatMap((match) => keysOf(match[0]));

/** The key a citation is cited by: its own `key`, or its source id. */
export const citationKey = (citation: { key?: string | undefined; source: string }) => citation.key ?? citation.source;

/** Each citation's number, by its key: its place in the article's `sources`, from 1, the order the Sources list shows. */
export const citationNumbers = (sources: readonly { key?: string | undefined; source: string }[]): Map<string, number> =>
	new Map(sources.map((citation, i) => [citationKey(citation), i + 1]));

/** Anchor id of a source in an article's Sources list. */
export const sourceAnchor = (key: string) => `source-${key}`;

/** Anchor id of the n-th (1-based) place a key is cited in a body. */
export const citeAnchor = (key: string, n: number) => `cite-${key}-${n}`;

/** One citation of a group: the key, its number in the Sources list, and the id of the place it is cited, if it has one. */
export interface CitationLink {
	key: string;
	number: number;
	id?: string;
}

/**
 * The markup of a citation, wherever it appears: numbered links to the
 * Sources list, each seen as [2] and heard as `heard(2)` ("Source 2" in the site's language).
 */
export const citationMarkup = (links: readonly CitationLink[], heard: (number: number) => string): Element =>
	h(
		'sup.citation',
		links.map(({ key, number, id }) =>
			h('a', { href: `#${sourceAnchor(key)}`, id }, [h('span', { ariaHidden: 'true' }, `[${number}]`), h('span.sr-only', heard(number))]),
		),
	);

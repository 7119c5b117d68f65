/**
 * The citation syntax of article bodies: `[@key]` or `[@a; @b]`.
 * One parser, used by the remark plugin that renders citations and by the
 * content check that refuses undeclared keys.
 */
import type { Citation } from './schemas.ts';

const citationGroup = /\[@([\w-]+)((?:\s*;\s*@[\w-]+)*)\]/g;

export type CitationPart = string | { keys: string[] };

/** Splits a run of text into plain strings and citation groups, in order. */
export function splitCitations(text: string): CitationPart[] {
	const parts: CitationPart[] = [];
	let last = 0;
	for (const match of text.matchAll(citationGroup)) {
		if (match.index > last) parts.push(text.slice(last, match.index));
		const keys = [match[1]!, ...(match[2] ?? '').split(';').map((k) => k.trim().slice(1)).filter(Boolean)];
		parts.push({ keys });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}

/** The key a citation is cited by: its own `key`, or its source id. */
export const citationKey = (citation: Pick<Citation, 'key' | 'source'>) => citation.key ?? citation.source;

/** Anchor id of a source in an article's Sources list. */
export const sourceAnchor = (key: string) => `source-${key}`;

/** Anchor id of the n-th (1-based) place a key is cited in a body. */
export const citeAnchor = (key: string, n: number) => `cite-${key}-${n}`;

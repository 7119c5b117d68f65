/**
 * The rule on URL schemes in bodies, said once: how a scheme is read (case-insensitive, as RFC 3986 has it) and which
 * ones links and pictures may use. The content check refuses the others, and the Markdown pipeline writes schemes in
 * lowercase and lets the sanitiser drop any other.
 */
import { schemeAtStart } from '../config/url-scheme.ts';

/** The schemes a link may use; the sanitiser drops a link by any other. */
export const linkSchemes: readonly string[] = ['http', 'https', 'mailto'];

/** The link schemes as editors are told them: "http, https or mailto". */
export const linkSchemesInWords = new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(linkSchemes);

/** The schemes of a web address: a `url` field (a source's site, a report) must use one. */
export const webSchemes: readonly string[] = ['http', 'https'];

/** The one scheme a picture in a body may come by: feeds and pages served over https would not show it over http. */
export const pictureScheme = 'https';

/** The scheme an address starts with, in lowercase and without its colon (`HTTPS://…` → `https`); undefined for a path or a fragment. */
export const schemeOf = (url: string): string | undefined => schemeAtStart.exec(url)?.[0].slice(0, -1).toLowerCase();

/** The address with its scheme in lowercase (HTTPS://example.org → https://example.org), and the rest as written. */
export const withLowercaseScheme = (url: string): string => url.replace(schemeAtStart, (scheme) => scheme.toLowerCase());

/**
 * An article written in another language than the site's: its own words carry
 * their language (and their direction, where it differs), the interface around
 * them keeps the site's.
 */
import { site } from '../config/site.ts';
import { type Direction, directionOf } from '../config/locale.ts';

/** The `lang` and `dir` attributes of an article's own words: none when it is in the site's language. */
export function contentLanguage(lang: string | undefined, siteLanguage: { locale: string; direction: Direction } = site): { lang?: string; dir?: Direction } {
	if (!lang || lang === siteLanguage.locale) return {};
	const dir = directionOf(lang);
	return dir === siteLanguage.direction ? { lang } : { lang, dir };
}

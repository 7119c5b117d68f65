/**
 * The site's language settings, read and checked once: a BCP 47 locale, the
 * direction its script is written in, and an IANA time zone. Plain Intl, so
 * the editors' tools in Node can use them as pages do.
 */

export type Direction = 'ltr' | 'rtl';

/** A BCP 47 language tag in canonical form (`EN-gb` → `en-GB`), or undefined for anything else. */
export function canonicalLanguageTag(value: string): string | undefined {
	try {
		const [canonical] = Intl.getCanonicalLocales(value.trim());
		// BCP 47 reserves languages of 4 to 8 letters, and no language has one: "english" is a name, not a tag.
		return canonical && new Intl.Locale(canonical).language.length <= 3 ? canonical : undefined;
	} catch {
		return undefined;
	}
}

/** The locale in canonical form (`pl`, `ar-EG`, `en-GB`), or an error that says what a locale looks like. */
export function localeFrom(value: string): string {
	const canonical = canonicalLanguageTag(value);
	if (canonical) return canonical;
	throw new Error(`SITE_LOCALE must be a BCP 47 language tag such as en-GB, pl or ar, not "${value}".`);
}

/** The direction a locale's script runs in, from the Unicode data Intl carries: `rtl` for ar, fa, he, ur… */
export function directionOf(locale: string): Direction {
	// Node 24 calls it getTextInfo(); earlier versions had a textInfo property.
	const intlLocale = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
	const info = intlLocale.getTextInfo?.() ?? intlLocale.textInfo;
	return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** The language a locale is written in, without region or script: `pl` for pl-PL. */
export const languageOf = (locale: string) => new Intl.Locale(locale).language;

/** A locale as Open Graph writes it, language and territory: en_GB, pl_PL, ar_EG (a bare language gets its likeliest territory). */
export function openGraphLocale(locale: string): string {
	const { language, region } = new Intl.Locale(locale).maximize();
	return region ? `${language}_${region}` : language;
}

/** The time zone by its IANA name, or an error naming a valid one. */
export function timeZoneFrom(value: string): string {
	try {
		return new Intl.DateTimeFormat('en', { timeZone: value.trim() }).resolvedOptions().timeZone;
	} catch {
		throw new Error(`SITE_TIMEZONE must be an IANA time zone such as Europe/Warsaw or UTC, not "${value}".`);
	}
}

/**
 * When an explainer is published: the one rule that pages, lists, feeds, the sitemap, search, open data and the
 * content check all ask. A draft never is. Any other explainer is from the moment its `published` names: a
 * date-time's own instant, or the start of a day in the site's time zone. One dated later is scheduled: the check
 * treats it as published (it will go out unattended), and the first build after that moment publishes it.
 */
import { site } from '../config/site.ts';
import { instantOf, type WrittenDate } from './dates.ts';

export type Publication = 'draft' | 'scheduled' | 'published';

/** What the rule reads of an article: its date of publication, and whether it is a draft. */
export interface PublicationDates {
	published: WrittenDate;
	draft?: boolean;
}

/** "Now" for publishing: BUILD_TIME when it is set (tests, CI), else the clock. */
export const publishingNow = (): Date => site.buildTime ?? new Date();

/** Whether an article is a draft, scheduled (its moment has not come at `now`) or published. */
export function publicationOf({ published, draft }: PublicationDates, now: Date, timeZone = site.timeZone): Publication {
	if (draft) return 'draft';
	return instantOf(published, timeZone).getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** Whether an article is on the site at `now`. */
export const isPublished = (article: PublicationDates, now: Date) => publicationOf(article, now) === 'published';

/**
 * From when an article is on the site, as a number to compare: -Infinity when it is already, its moment when it is
 * scheduled, Infinity for a draft, which no build publishes. A link from one article to another reaches a page at
 * every moment the first is on the site only when the second's number is not greater.
 */
export function publicFrom(article: PublicationDates, now: Date): number {
	const publication = publicationOf(article, now);
	if (publication === 'draft') return Infinity;
	return publication === 'scheduled' ? instantOf(article.published).getTime() : -Infinity;
}

const zoned = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as the editors' tools write it, in the site's time zone, in English whatever the site's language:
 * "15 January 2027, 09:00 Europe/Warsaw".
 */
export function momentInWords(date: WrittenDate | Date, timeZone = site.timeZone): string {
	let format = zoned.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		zoned.set(timeZone, format);
	}
	const parts = format.formatToParts(typeof date === 'string' ? instantOf(date, timeZone) : date);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
	return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} ${timeZone}`;
}

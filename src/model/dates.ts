/**
 * Dates as editors write them: a day (2025-03-13) or a date-time with its
 * offset (2025-03-13T09:30:00+01:00). The content keeps them as written, so
 * pages show the author's calendar day and structured data keeps a day a day;
 * the instant is worked out only where one is needed (ordering, feeds).
 */
import { site } from '../config/site.ts';

/** A date in one of the two documented shapes, as the editor wrote it. */
export type WrittenDate = string;

export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
export const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether a date is a day without a time. */
export const isDay = (date: WrittenDate) => dayPattern.test(date);

/** The calendar day as written: a date-time's day in its own offset. */
export const dayOf = (date: WrittenDate) => date.slice(0, 10);

/**
 * One formatter per time zone and shape, made once: building an Intl.DateTimeFormat costs far more than using
 * one, and ordering a newsroom's articles works out thousands of instants.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${timeZone} ${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) formatters.set(key, (format = new Intl.DateTimeFormat('en-US', { timeZone, ...options })));
	return format;
}

/** The offset of a time zone at an instant, in minutes east of UTC. */
function offsetMinutes(timeZone: string, at: Date): number {
	const name = formatter(timeZone, { timeZoneName: 'longOffset' })
		.formatToParts(at)
		.find((part) => part.type === 'timeZoneName')?.value;
	const [, sign, hours, minutes] = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '') ?? [];
	return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0)) : 0;
}

/** The instant a date stands for: a date-time's own; a day's start in the site's time zone, which only days lack. */
export function instantOf(date: WrittenDate, timeZone = site.timeZone): Date {
	return new Date(instantMs(date, timeZone));
}

// Sorting asks for the same few thousand dates again and again; a day's answer needs a time-zone lookup. One table per
// time zone, so that a lookup builds no string.
const instants = new Map<string, Map<WrittenDate, number>>();

function instantMs(date: WrittenDate, timeZone: string): number {
	let zone = instants.get(timeZone);
	if (!zone) instants.set(timeZone, (zone = new Map()));
	let ms = zone.get(date);
	if (ms === undefined) {
		if (isDay(date)) {
			const midnightUtc = new Date(`${date}T00:00:00Z`);
			ms = midnightUtc.getTime() - offsetMinutes(timeZone, midnightUtc) * 60_000;
		} else ms = new Date(date).getTime();
		zone.set(date, ms);
	}
	return ms;
}

/** Orders dates by the instants they stand for. */
export const compareDates = (a: WrittenDate, b: WrittenDate) => instantMs(a, site.timeZone) - instantMs(b, site.timeZone);

/** The latest of some dates, as written. */
export const latestOf = (dates: readonly WrittenDate[]): WrittenDate => dates.reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest));

/** The calendar day it is at `now` in a time zone, as YYYY-MM-DD: "today" for new files. */
export function todayIn(timeZone: string, now = new Date()): WrittenDate {
	const parts = formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
	const part = (type: string) => parts.find((p) => p.type === type)!.value;
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A month as YYYY-MM. */
export type Month = string;

/**
 * The month a date falls in, in the site's time zone: a day's own month, a date-time's month where the site is.
 * Months then follow the instants, so a list newest first meets each month once.
 */
export function monthOf(date: WrittenDate, timeZone = site.timeZone): Month {
	if (isDay(date)) return date.slice(0, 7);
	const parts = formatter(timeZone, { year: 'numeric', month: '2-digit' }).formatToParts(new Date(date));
	const part = (type: string) => parts.find((p) => p.type === type)!.value;
	return `${part('year')}-${part('month')}`;
}

/**
 * A chart's time axis: where a date falls between the first and the last date
 * shown, as a fraction 0..1 from the axis's inline start (the earliest date is
 * where the site's language starts a line), and which dates the axis labels.
 */
import { direction as siteDirection, locale } from '../../i18n/index.ts';
import { dayOf, instantOf, type WrittenDate } from '../../model/dates.ts';
import type { Direction } from '../../config/locale.ts';

/** The dates a chart spans, as written, and their instants. */
export interface Span {
	start: WrittenDate;
	end: WrittenDate;
}

/** A labelled date on the axis; `anchor` says which end of the label sits at `x`. */
export interface Tick {
	date: WrittenDate;
	x: number;
	label: string;
	anchor: 'start' | 'middle' | 'end';
	/** An intermediate tick, whose label a narrow chart may leave out. */
	minor: boolean;
}

/** The earliest and latest of some dates, or nothing for no dates. */
export function spanOf(dates: readonly WrittenDate[]): Span | undefined {
	if (dates.length === 0) return undefined;
	const at = (date: WrittenDate) => instantOf(date).getTime();
	const sorted = dates.toSorted((a, b) => at(a) - at(b));
	return { start: sorted[0]!, end: sorted.at(-1)! };
}

/** Where a date falls in a span: 0 at its start, 1 at its end; a span of one moment puts every date in the middle. */
export function xOf(span: Span, date: WrittenDate): number {
	const start = instantOf(span.start).getTime();
	const width = instantOf(span.end).getTime() - start;
	if (width <= 0) return 0.5;
	return Math.min(1, Math.max(0, (instantOf(date).getTime() - start) / width));
}

const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const yearOnly = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
const noon = (date: WrittenDate) => new Date(`${dayOf(date)}T12:00:00Z`);

/** "12 Feb 2025": the author's calendar day, short enough for an axis at 320 px. */
export const shortDate = (date: WrittenDate) => shortDay.format(noon(date));

/** Steps between intermediate ticks, in months: the first that leaves at most `maxMinor` ticks inside the span is used. */
const monthSteps = [1, 2, 3, 6, 12, 24, 60, 120];
const maxMinor = 3;
/** Intermediate ticks keep this far (as a fraction of the axis) from the first and last dates, whose labels are longer. */
const endClearance = 0.2;

/** The first day of each `step`-month period strictly inside the span (periods count from January). */
function periodStarts(span: Span, step: number): WrittenDate[] {
	const [startYear, startMonth] = dayOf(span.start).split('-').map(Number) as [number, number];
	const starts: WrittenDate[] = [];
	let month = Math.floor((startYear * 12 + startMonth - 1) / step) * step + step;
	for (; ; month += step) {
		const date = `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
		if (instantOf(date).getTime() >= instantOf(span.end).getTime()) return starts;
		if (instantOf(date).getTime() > instantOf(span.start).getTime()) starts.push(date);
		if (starts.length > maxMinor) return starts;
	}
}

/**
 * The axis labels: the first and last dates, always, and between them the
 * starts of months, quarters or years (whichever leaves no more than three),
 * kept clear of the ends so no labels overlap. A span of one day has one tick,
 * in the middle.
 */
export function ticksOf(span: Span): Tick[] {
	if (dayOf(span.start) === dayOf(span.end)) return [{ date: span.start, x: 0.5, label: shortDate(span.start), anchor: 'middle', minor: false }];
	const step = monthSteps.find((months) => periodStarts(span, months).length <= maxMinor) ?? monthSteps.at(-1)!;
	const label = step >= 12 ? yearOnly : monthYear;
	const minor = periodStarts(span, step)
		.map((date): Tick => ({ date, x: xOf(span, date), label: label.format(noon(date)), anchor: 'middle', minor: true }))
		.filter((tick) => tick.x >= endClearance && tick.x <= 1 - endClearance);
	return [
		{ date: span.start, x: 0, label: shortDate(span.start), anchor: 'start', minor: false },
		...minor,
		{ date: span.end, x: 1, label: shortDate(span.end), anchor: 'end', minor: false },
	];
}

/**
 * A fraction of the axis as an SVG x: 0.375 → "37.5%" left to right, "62.5%"
 * right to left, where the axis starts at the right. SVG x runs left to right
 * in both; text anchors need no change, as `start` follows the text's direction.
 */
export const percent = (x: number, direction: Direction = siteDirection) => `${Math.round((direction === 'rtl' ? 1 - x : x) * 10_000) / 100}%`;

/**
 * Which labels along a track go a line lower, so that neighbours do not print over each other on a narrow
 * chart: a label closer than `gap` (a fraction of the track) to the last one on the upper line goes down,
 * unless it is that close to the last one there too. `xs` are the labels' positions, in order.
 */
export function lowerLabels(xs: readonly number[], gap = 0.3): boolean[] {
	let upper = -Infinity;
	let lower = -Infinity;
	return xs.map((x) => {
		if (x - upper >= gap || x - lower < gap) {
			upper = x;
			return false;
		}
		lower = x;
		return true;
	});
}

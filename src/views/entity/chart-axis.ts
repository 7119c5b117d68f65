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

/** Which end of a label sits at its x: `start` is the axis's start, in either direction. */
export type Anchor = 'start' | 'middle' | 'end';

/** A labelled date on the axis. */
export interface Tick {
	date: WrittenDate;
	x: number;
	label: string;
	anchor: Anchor;
	/** The narrowest width class (trackWidths) at which the label is shown; narrower charts leave it out. */
	tier: number;
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

/**
 * The narrowest track, in px, of each width class of a chart: any chart (288 px on a 320 px screen), one at
 * least 20rem wide (a 360 px screen), 48rem and 64rem (DemandChart's container queries, which also keep names
 * above tracks below 36rem, where a track is the chart's width less 20 px, and beside them above, where it is
 * the width less 224 px). Labels are chosen so that none overlap at the narrowest track of a class, so none
 * overlap at any width of it; a label first shown in a wider class is hidden below it.
 */
export const trackWidths: readonly number[] = [264, 300, 520, 780];

/** Px between neighbouring labels, at least. */
const labelGap = 12;

/** Em widths of a wide sans-serif (DejaVu Sans, the fallback of Linux browsers), rounded up: digits, capitals, spaces, any other letter. */
const emOf = (char: string) => (/\d/.test(char) ? 0.64 : /\p{Lu}/u.test(char) ? 0.78 : char === ' ' ? 0.32 : 0.62);

/** A label's width in px at the charts' small type (13 px), taken generously so that no label printed is wider. */
export const labelWidth = (text: string) => Math.ceil([...text].reduce((width, char) => width + emOf(char), 0) * 13);

/** A label to place: where on the axis (0..1), how wide in px, and which of its ends sits there. */
export interface Placed {
	x: number;
	width: number;
	anchor: Anchor;
}

/** The anchor that keeps a label `width` px wide at `x` inside the narrowest track: its start at the start, its end at the end. */
export function anchorOf(x: number, width: number): Anchor {
	const track = trackWidths[0]!;
	if (x * track < width / 2) return 'start';
	if ((1 - x) * track < width / 2) return 'end';
	return 'middle';
}

/** Where a label runs on a track `track` px wide, in px from its start. */
function extent({ x, width, anchor }: Placed, track: number): [number, number] {
	const at = x * track;
	return anchor === 'start' ? [at, at + width] : anchor === 'end' ? [at - width, at] : [at - width / 2, at + width / 2];
}

/** Whether a label fits a track `track` px wide beside the labels already printed there (their extents). */
function fits(label: Placed, track: number, printed: readonly [number, number][]): boolean {
	const [from, to] = extent(label, track);
	return from >= 0 && to <= track && !printed.some(([a, b]) => from < b + labelGap && a < to + labelGap);
}

/**
 * The narrowest width class at which each label is printed, or undefined for one that fits in none. Labels come
 * in order of importance: each is printed in a class when it fits in the track and keeps `labelGap` px from
 * every label printed there before it. A label printed in a class stays in every wider one, where labels only
 * move apart.
 */
export function fitLabels(labels: readonly Placed[]): (number | undefined)[] {
	const tiers: (number | undefined)[] = labels.map(() => undefined);
	trackWidths.forEach((track, tier) => {
		const printed = labels.flatMap((label, i) => (tiers[i] === undefined ? [] : [extent(label, track)]));
		labels.forEach((label, i) => {
			if (tiers[i] !== undefined || !fits(label, track, printed)) return;
			printed.push(extent(label, track));
			tiers[i] = tier;
		});
	});
	return tiers;
}

/** Steps between intermediate ticks, in months, finest first. */
const monthSteps = [1, 3, 6, 12, 24, 60, 120];
/** More period starts than this in a span are too many to label at any width. */
const maxStarts = 40;
/** The shortest month, as a share of the average one: evenly stepped labels are this much closer at the closest. */
const shortestMonth = 28 / 30.44;
const dayMs = 86_400_000;

/** The first day of each `step`-month period strictly inside the span (periods count from January), or none when there are too many. */
function periodStarts(span: Span, step: number): WrittenDate[] {
	const [startYear, startMonth] = dayOf(span.start).split('-').map(Number) as [number, number];
	const starts: WrittenDate[] = [];
	for (let month = Math.floor((startYear * 12 + startMonth - 1) / step) * step + step; ; month += step) {
		const date = `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
		if (instantOf(date).getTime() >= instantOf(span.end).getTime()) return starts;
		if (instantOf(date).getTime() > instantOf(span.start).getTime()) starts.push(date);
		if (starts.length > maxStarts) return [];
	}
}

/** A period start's label: January as its year ("2024"), other months as "Apr 2024". */
const periodLabel = (date: WrittenDate) => (date.endsWith('-01-01') ? yearOnly : monthYear).format(noon(date));

/**
 * The axis labels: the first and last dates, always, and between them the starts of months, quarters,
 * half-years, years or decades: in each width class the finest step whose labels keep clear of each other,
 * leaving out those too close to a label already there. Each class's step divides the one before, so a wider
 * chart adds ticks between those of a narrower one and moves none. A span of one day has one tick, in the middle.
 */
export function ticksOf(span: Span): Tick[] {
	if (dayOf(span.start) === dayOf(span.end)) return [{ date: span.start, x: 0.5, label: shortDate(span.start), anchor: 'middle', tier: 0 }];
	const ticks: Tick[] = [
		{ date: span.start, x: 0, label: shortDate(span.start), anchor: 'start', tier: 0 },
		{ date: span.end, x: 1, label: shortDate(span.end), anchor: 'end', tier: 0 },
	];
	const months = (instantOf(span.end).getTime() - instantOf(span.start).getTime()) / dayMs / 30.44;
	let coarser = monthSteps.at(-1)!;
	trackWidths.forEach((track, tier) => {
		const candidates = (step: number) => periodStarts(span, step).map((date) => ({ date, label: periodLabel(date) }));
		const clear = (step: number) =>
			coarser % step === 0 && Math.max(0, ...candidates(step).map(({ label }) => labelWidth(label))) + labelGap <= ((step * track) / months) * shortestMonth;
		const step = monthSteps.find(clear);
		if (step === undefined) return;
		coarser = step;
		const printed = ticks.map((tick) => extent({ ...tick, width: labelWidth(tick.label) }, track));
		for (const { date, label } of candidates(step)) {
			const tick: Tick = { date, x: xOf(span, date), label, anchor: 'middle', tier };
			if (ticks.some((other) => other.date === date) || !fits({ ...tick, width: labelWidth(label) }, track, printed)) continue;
			ticks.push(tick);
			printed.push(extent({ ...tick, width: labelWidth(label) }, track));
		}
	});
	return ticks.sort((a, b) => a.x - b.x);
}

/**
 * A fraction of the axis as an SVG x: 0.375 → "37.5%" left to right, "62.5%"
 * right to left, where the axis starts at the right. SVG x runs left to right
 * in both; text anchors need no change, as `start` follows the text's direction.
 */
export const percent = (x: number, direction: Direction = siteDirection) => `${Math.round((direction === 'rtl' ? 1 - x : x) * 10_000) / 100}%`;

/**
 * Whether a date is so long before a span that, on one axis with it, the span would take less than half
 * of it: the day a demand was first raised, years before the changes a chart shows, is noted rather than drawn.
 */
export function farBefore(date: WrittenDate, span: Span): boolean {
	const at = (day: WrittenDate) => instantOf(day).getTime();
	return at(span.start) - at(date) > at(span.end) - at(span.start);
}

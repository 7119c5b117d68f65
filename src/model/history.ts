/**
 * An explainer's public history, worked out from the record of its file's changes (its commits, as
 * src/check/git-history-fs.ts reads them): when it was published, each update, each correction, and the days its
 * words were revised besides. Only what readers could see is history: commits made while it was a draft, or
 * scheduled, made what was published and are not told. Nothing here says who made a change.
 */
import { site } from '../config/site.ts';
import type { ChangeDates } from './corrections.ts';
import { compareDates, dateTimePattern, dayOf, dayPattern, instantOf, todayIn, type WrittenDate } from './dates.ts';

/** One recorded state of an explainer's file: when it was committed, and what the history reads of it. */
export interface Revision {
	/** The commit's moment, as an ISO date-time with its offset. */
	at: string;
	/** Its frontmatter as `revisionData` sums it up; none when it could not be read (no build could have published it). */
	data?: RevisionData;
	/** A digest of the body: equal bodies have equal digests. */
	body: string;
	/** Set where a shallow clone's record begins: this commit holds the file, but what came before it is missing. */
	boundary?: boolean;
}

/** What the history reads of a revision's frontmatter: whether it is a draft, its update and corrections, and a digest of each part readers see. */
export interface RevisionData {
	draft?: true;
	updated?: WrittenDate;
	corrections: Correction[];
	parts: Record<Exclude<RevisedPart, 'story'>, string>;
}

/** What a revision can have changed besides its dates and corrections, in the order readers are told them. */
export const revisedParts = ['headline', 'summary', 'story', 'stances', 'sources'] as const;
export type RevisedPart = (typeof revisedParts)[number];

/** One line of the history. `revised` is a day's changes that came with no update or correction. */
export type HistoryEntry =
	| { kind: 'published'; date: WrittenDate }
	| { kind: 'updated'; date: WrittenDate; parts: RevisedPart[] }
	| { kind: 'corrected'; date: WrittenDate; text: string }
	| { kind: 'revised'; date: WrittenDate; parts: RevisedPart[] };

/**
 * Why the history may be short: there is no record to read (`unavailable`), the explainer as published is not in it
 * yet (`unrecorded`), or it starts after the explainer went out (`starts`: an explainer committed after its
 * publication, or a shallow clone).
 */
export type HistoryGap = { kind: 'unavailable' } | { kind: 'unrecorded' } | { kind: 'starts'; date: WrittenDate };

export interface ArticleHistory {
	/** Newest first. */
	entries: HistoryEntry[];
	gap?: HistoryGap;
}

type Correction = { date: WrittenDate; text: string };

/** A revision whose frontmatter could be read: one a build could have published. */
interface Readable {
	at: number;
	data: RevisionData;
	body: string;
	boundary?: boolean;
}

const isDate = (value: unknown): value is WrittenDate => typeof value === 'string' && (dayPattern.test(value) || dateTimePattern.test(value));

/**
 * What the history keeps of a revision's frontmatter (`data`, as parsed, of any shape: an old commit need not pass
 * today's schema), or undefined when it is not a mapping. The parts readers see are kept as `digest` sums up their
 * text, so that a record of thousands of commits holds no copy of every version of every list of sources.
 */
export function revisionData(data: unknown, digest: (text: string) => string): RevisionData | undefined {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
	const fields = data as Record<string, unknown>;
	const list = Array.isArray(fields.corrections) ? (fields.corrections as unknown[]) : [];
	const corrections = list.flatMap((item) => {
		const { date, text } = (item ?? {}) as { date?: unknown; text?: unknown };
		return isDate(date) && typeof text === 'string' ? [{ date, text }] : [];
	});
	const part = (value: unknown) => digest(JSON.stringify(value ?? null));
	return {
		...(fields.draft === true && { draft: true as const }),
		...(isDate(fields.updated) && { updated: fields.updated }),
		corrections,
		parts: { headline: part(fields.title), summary: part(fields.summary), stances: part(fields.demands), sources: part(fields.sources) },
	};
}

/**
 * The corrections of `after` that `before` lacks. Each of `before` stands for one of `after` with the same date and
 * text, or failing that the same date (a correction whose wording was mended is the same correction).
 */
function addedCorrections(before: readonly Correction[], after: readonly Correction[]): Correction[] {
	const left = [...before];
	const take = (matches: (other: Correction) => boolean) => {
		const i = left.findIndex(matches);
		if (i >= 0) left.splice(i, 1);
		return i >= 0;
	};
	const unmatched = after.filter((c) => !take((other) => other.date === c.date && other.text === c.text));
	return unmatched.filter((c) => !take((other) => other.date === c.date));
}

const partOf = (revision: Readable, part: RevisedPart) => (part === 'story' ? revision.body : revision.data.parts[part]);

/** The parts in either list, in the order readers are told them. */
const union = (a: readonly RevisedPart[], b: readonly RevisedPart[]) => revisedParts.filter((part) => a.includes(part) || b.includes(part));

const changedParts = (before: Readable, after: Readable): RevisedPart[] => revisedParts.filter((part) => partOf(before, part) !== partOf(after, part));

/** Ties on the same moment, newest first: a correction, then an update, then a day's revisions; publication last. */
const rank: Record<HistoryEntry['kind'], number> = { corrected: 0, updated: 1, revised: 2, published: 3 };

/**
 * The explainer's history as readers are told it: `current` is the explainer as the site shows it, `revisions` its
 * file's commits oldest first (undefined when there is no record to read). Its publication, its latest update and
 * its corrections, each with its own date and as worded now, are there whatever the record holds, so a history with
 * a gap still tells what the explainer itself says; the record adds the earlier updates and the days of revisions.
 */
export function articleHistory(current: ChangeDates, revisions: readonly Revision[] | undefined, timeZone = site.timeZone): ArticleHistory {
	const { published } = current;
	const instant = (date: WrittenDate) => instantOf(date, timeZone).getTime();
	const later = (date: unknown): date is WrittenDate => isDate(date) && compareDates(date, published) > 0;
	const updates = new Map<WrittenDate, RevisedPart[]>();
	const addUpdate = (date: WrittenDate, parts: RevisedPart[]) => updates.set(date, union(updates.get(date) ?? [], parts));
	const revisedDays = new Map<WrittenDate, { at: number; parts: RevisedPart[] }>();

	const readable = (revisions ?? []).flatMap(({ at, data, body, boundary }): Readable[] =>
		data ? [{ at: new Date(at).getTime(), data, body, boundary }] : [],
	);
	const isDraft = (r: Readable) => r.data.draft === true;
	const first = readable.findIndex((r) => !isDraft(r));
	let gap: HistoryGap | undefined;
	if (!revisions) gap = { kind: 'unavailable' };
	else if (first < 0) gap = { kind: 'unrecorded' };
	else {
		// Public from the first commit that is not a draft, or from its publication when that came later (scheduled).
		const publicAt = Math.max(readable[first]!.at, instant(published));
		const shown = readable.slice(first).filter((r) => !isDraft(r));
		// What went out: the last state committed by then. Every later commit is a change readers could see.
		const baseline = Math.max(
			0,
			shown.findLastIndex((r) => r.at <= publicAt),
		);
		let latestUpdate = shown[baseline]!.data.updated;
		if (later(latestUpdate)) addUpdate(latestUpdate, []);
		for (let i = baseline + 1; i < shown.length; i++) {
			const [before, after] = [shown[i - 1]!, shown[i]!];
			const corrected = addedCorrections(before.data.corrections, after.data.corrections).length > 0;
			const parts = changedParts(before, after);
			const { updated } = after.data;
			if (later(updated) && (!isDate(latestUpdate) || compareDates(updated, latestUpdate) > 0)) {
				latestUpdate = updated;
				addUpdate(updated, parts);
			} else if (!corrected && parts.length) {
				// A correction says what it changed; other changes are told a day at a time.
				const day = todayIn(timeZone, new Date(after.at));
				revisedDays.set(day, { at: after.at, parts: union(revisedDays.get(day)?.parts ?? [], parts) });
			}
		}
		// The record starts late when the file's first commit already published it, on a later day, or is where a shallow clone begins.
		const opening = readable[0]!;
		const openingDay = todayIn(timeZone, new Date(opening.at));
		if (first === 0 && (opening.boundary || openingDay > dayOf(published))) gap = { kind: 'starts', date: openingDay };
	}
	if (later(current.updated)) addUpdate(current.updated, []);

	const timed: { at: number; entry: HistoryEntry }[] = [
		{ at: instant(published), entry: { kind: 'published', date: published } },
		...[...updates].map(([date, parts]) => ({ at: instant(date), entry: { kind: 'updated', date, parts } as const })),
		...current.corrections.map(({ date, text }) => ({ at: instant(date), entry: { kind: 'corrected', date, text } as const })),
		...[...revisedDays].map(([date, { at, parts }]) => ({ at, entry: { kind: 'revised', date, parts } as const })),
	];
	const entries = timed.sort((a, b) => b.at - a.at || rank[a.entry.kind] - rank[b.entry.kind]).map(({ entry }) => entry);
	return gap ? { entries, gap } : { entries };
}

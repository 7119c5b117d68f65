/**
 * The small field schemas the content model is made of: the shape of ids (references are
 * reference-fields.ts'), dates, text and web addresses, each with a message an editor can act on.
 */
import { withBase } from '../config/base-path.ts';
import { canonicalLanguageTag } from '../config/locale.ts';
import { site } from '../config/site.ts';
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { compareDates, dateTimePattern, dayOf, dayPattern, instantOf, isDay, todayIn, type WrittenDate } from './dates.ts';
import { momentInWords } from './publishing.ts';
import type { EntityKind } from './entity-kinds.ts';
import { fieldRoles } from './field-roles.ts';
import { currentId, noRenames, type Renames } from './former-ids.ts';
import { pictureEndingsInWords, pictureFile } from './picture-types.ts';
import { previewPath } from './preview-addresses.ts';
import { webSchemes } from './url-schemes.ts';

/**
 * Lowercase letters (of any script: `économie` is an id), digits and single
 * hyphens: the shape of every id and URL slug.
 */
export const idPattern = /^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]+)*$/u;

/** What a schema may know beyond its own file. */
export interface SchemaContext {
	/** The ids of every content file, by kind; without them, references are checked for their shape only. */
	ids?: { readonly [Kind in EntityKind]: ReadonlySet<string> };
	/** The ids files had before they were renamed (their `formerIds`), with each file's id now: a reference naming one is accepted. */
	renamed?: Renames;
	/** Whether a reference that names a former id is also reported, as a warning that gives the id now. */
	warnRenamed?: boolean;
	/** Who makes each demand, by demand id: its maker takes no stance on it. */
	makers?: ReadonlyMap<string, string>;
	/** Astro's `image()` helper, in a build: it turns a picture's path into the picture. */
	image?: () => z.ZodType;
	/** The moment the content check judges at; with it, a correction dated later is refused. */
	now?: Date;
}

/** A rule a text keeps: its pattern, what is wrong when it does not, and its own fix, which may quote what was written. */
export interface PatternRule {
	pattern: RegExp;
	error: string;
	fix: (value: string) => string;
}

/**
 * Text that must match each rule's pattern, refused with that rule's own fix (zod's `.regex()` carries none).
 * Editors' tools (JSON Schema) are told the patterns, as `.regex()` would tell them.
 */
export function matching(schema: z.ZodString, ...rules: PatternRule[]) {
	const checked = schema.superRefine(
		(value, ctx) => {
			for (const { pattern, error, fix } of rules) {
				if (!pattern.test(value))
					ctx.addIssue({ code: 'custom', input: value, message: `${error} (got ${JSON.stringify(value)})`, params: { fix: fix(value) } });
			}
		},
		// Text that is already refused (empty, say) is not also told its shape.
		{ when: (payload) => payload.issues.length === 0 },
	);
	const patterns = rules.map(({ pattern }) => ({ pattern: pattern.source }));
	return checked.meta(patterns.length === 1 ? patterns[0]! : { allOf: patterns });
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a date in one of the two documented shapes names no real day (2025-02-30), or undefined when it does. */
export function impossibleDay(value: string): string | undefined {
	const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
	if (m < 1 || m > 12) return `there is no month ${m}`;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d < 1 || d > days ? `${months[m - 1]} ${y} has ${days} days` : undefined;
}

/**
 * Whether `later` falls before `earlier`. Where either is a day without a
 * time, days are compared, each as written (a date-time's day is the day in
 * its own offset); otherwise instants are.
 */
function isBefore(later: WrittenDate, earlier: WrittenDate): boolean {
	if (isDay(later) || isDay(earlier)) return dayOf(later) < dayOf(earlier);
	return compareDates(later, earlier) < 0;
}

/**
 * A refinement, for an object's `.refine(...)`, that its `later` date does not fall before its `earlier` one, with
 * the fix editors read. It runs whenever both dates are written, even when other fields fail, so that every problem
 * of a file is reported at once.
 */
export function inDateOrder<Earlier extends string, Later extends string>(earlier: Earlier, later: Later, fix: string) {
	type Dates = { [Key in Earlier | Later]?: WrittenDate };
	const written = (value: unknown) => {
		const dates = value as Record<string, unknown>;
		return typeof dates[earlier] === 'string' && typeof dates[later] === 'string';
	};
	const check = (value: Dates) => !value[later] || !value[earlier] || !isBefore(value[later], value[earlier]);
	const options = {
		error: `must not be before \`${earlier}\``,
		path: [later as PropertyKey],
		params: { fix },
		when: ({ value }: { value: unknown }) => written(value),
	};
	return [check, options] as const;
}

const dateError = 'expected a date (2025-03-13) or a date-time with offset (2025-03-13T09:30:00+01:00)';

/** A JavaScript date (from code, not from YAML) written the way editors write dates. */
const writtenFrom = (date: Date): WrittenDate | undefined => {
	if (Number.isNaN(date.getTime())) return undefined;
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
};

/**
 * A date as editors write it, kept as written: a day (2025-03-13) or a
 * date-time with its offset (2025-03-13T09:30:00+01:00), naming a day that exists.
 */
export const date = () =>
	z
		.unknown()
		.transform((value, ctx): WrittenDate => {
			const written = value instanceof Date ? writtenFrom(value) : value;
			if (typeof written === 'string' && (dayPattern.test(written) || dateTimePattern.test(written))) {
				const impossible = impossibleDay(written);
				if (impossible) {
					ctx.addIssue({
						code: 'custom',
						input: value,
						message: `${written} is not a day: ${impossible}`,
						params: { fix: `correct the day or the month of ${written}` },
					});
					return z.NEVER;
				}
				if (!Number.isNaN(instantOf(written).getTime())) return written;
			}
			ctx.addIssue({ code: 'invalid_type', expected: 'date', input: value, message: dateError });
			return z.NEVER;
		})
		// What editors' tools (JSON Schema) are told: text in one of the two shapes.
		.meta({ type: 'string', pattern: `${dayPattern.source}|${dateTimePattern.source}` })
		.register(fieldRoles, { role: 'date' });

/**
 * The date of a correction. Given the check's moment, one dated later is refused: a correction goes out with the
 * text it corrects, at the next build, and cannot be held back until its date.
 */
export function correctionDate(context: SchemaContext) {
	const { now } = context;
	if (!now) return date();
	return date().superRefine(
		(value, ctx) => {
			if (instantOf(value).getTime() <= now.getTime()) return;
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `${value} is later than now (${momentInWords(now)}): a correction is published with the text it corrects, at the next build, and cannot wait until its date`,
				params: { fix: `set the correction's \`date\` to when it was made: today, ${todayIn(site.timeZone, now)}, or earlier` },
			});
		},
		// A date that is not one is reported as such, not also as in the future.
		{ when: (payload) => payload.issues.length === 0 },
	);
}

export const text = (max?: number) => {
	const trimmed = z.string().trim().min(1, { error: 'must not be empty' });
	return max ? trimmed.max(max) : trimmed;
};

/** A language as a BCP 47 tag (`pl`, `ar`, `pt-BR`), kept in its canonical form: `EN-gb` becomes `en-GB`. */
export const languageTag = () =>
	z
		.string()
		.trim()
		.min(1, { error: 'must not be empty' })
		.transform((value, ctx) => {
			const canonical = canonicalLanguageTag(value);
			if (canonical) return canonical;
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `"${value}" is not a language tag`,
				params: { fix: `replace "${value}" with a BCP 47 language tag such as en, pl, ar or pt-BR, or remove it` },
			});
			return z.NEVER;
		})
		// What editors' tools (JSON Schema) are told: text.
		.meta({ type: 'string' });

/** An http or https address that readers can reach: not one on the editor's own machine, such as the preview's. */
export const webUrl = () =>
	z.url({ protocol: new RegExp(`^(?:${webSchemes.join('|')})$`), error: 'must be an http:// or https:// URL' }).superRefine(
		(value, ctx) => {
			const local = previewPath(new URL(value), new URL(site.url));
			if (local === undefined) return;
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: 'is an address on your own machine (the preview), which readers cannot reach',
				params: { fix: `give its public address (${new URL(withBase(local), site.url).href} if it is a page of this site), or leave \`url\` out` },
			});
		},
		// An address that is not one is reported as such, not also as local.
		{ when: (payload) => payload.issues.length === 0 },
	);

/** A site's home page: its root, or a language's root such as /en/ or /pt-br/, with nothing asked of it. */
const isHomePage = (url: URL) => /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?$/i.test(url.pathname.replace(/\/+/g, '/')) && url.search === '';

/** The address of one report: a web address that is more than a site's home page. */
export const reportUrl = () =>
	webUrl().refine((url) => !isHomePage(new URL(url)), {
		error: "is only a site's home page, not the report's own address",
		params: { fix: "give the report's own address, or leave `url` out: the reference is then shown without a link" },
		// An address that is not one is reported as such, not also as a home page.
		when: (payload) => payload.issues.length === 0,
	});

/** How to turn a file that is no picture the site takes into one: an SVG cannot be resized for each screen. */
function pictureFileFix(value: string): string {
	const png = `${value.replace(/\.[^./]*$/, '')}.png`;
	const why = /\.svgz?$/i.test(value) ? 'an SVG cannot be a lead picture, as the site cannot make the smaller copies each screen gets from it: ' : '';
	return `${why}save the picture as one of ${pictureEndingsInWords} (a map or chart as .png) and write that file, e.g. src: ${png}`;
}

/**
 * A picture file, by its path from the Markdown file (`./photo.jpg`, `../../assets/photo.jpg`).
 * In a build, Astro's `image()` turns it into the picture; the content check sees the path,
 * and validate.ts checks that the file is there and is a picture.
 */
export function picturePath(context: SchemaContext) {
	const path = matching(
		z.string().trim().min(1, { error: 'must not be empty' }).register(fieldRoles, { role: 'picture' }),
		{
			pattern: /^\.\.?\//,
			error: 'must be a path from this file to the picture, starting with ./ or ../',
			fix: (value) => `write the path from this file: ./${value.replace(/^\/+/, '')} when the picture sits beside it, ../ to go up a folder`,
		},
		{ pattern: pictureFile, error: `must name a ${pictureEndingsInWords} file`, fix: pictureFileFix },
	);
	// In a build the path, once it has this shape, becomes the picture Astro hands the pages; the check only ever reads the path.
	// Astro looks a bare file name up in the entry's own folder; a path of this shape it passes on as written, whatever the entry.
	const image = context.image?.();
	return (image ? path.pipe(image as z.ZodType<unknown, string>) : path) as unknown as z.ZodType<ImageMetadata, string>;
}

/**
 * A demand's maker is its author, not a party with a stance on it: a position
 * by the maker is refused, rather than shown on one page and dropped on another.
 */
export const makerTakesNoStance = (context: SchemaContext) => (entry: { demand: string; positions: readonly { actor: string }[] }, ctx: z.RefinementCtx) => {
	// Under their ids now: the demand, its maker and the party may each be written by a former id.
	const renames = context.renamed ?? noRenames;
	const by = context.makers?.get(currentId(renames, 'demands', entry.demand));
	const maker = by === undefined ? undefined : currentId(renames, 'actors', by);
	entry.positions.forEach((position, i) => {
		if (currentId(renames, 'actors', position.actor) !== maker) return;
		ctx.addIssue({
			code: 'custom',
			path: ['positions', i, 'actor'],
			input: position.actor,
			message: `"${position.actor}" makes the demand "${entry.demand}" (its \`by\`), so it takes no stance on it`,
			params: {
				fix: `remove this position; the demand's page names ${maker} as its maker. If ${maker} has dropped or changed the demand, give this article's \`status\` for it instead (withdrawn, under-negotiation…)`,
			},
		});
	});
};

/**
 * The editors' contract (docs/content-model.md) as zod schemas.
 * Astro's content collections and the standalone content check both use these
 * factories, so a file that passes one passes the other. Given the ids of
 * every content file, the factories also refuse references that name none.
 * Each field says what it is in `.describe()`, which editors also see in VS Code.
 * Every object is strict: a key it does not know is refused, not dropped
 * (check/unknown-keys.ts tells the editor where it belongs).
 */
import slugify from '@sindresorhus/slugify';
import { z } from 'astro/zod';
import { keyPattern } from './citations.ts';
import { always, declaredCites, uniqueCitationKeys } from './citation-rules.ts';
import {
	type SchemaContext,
	correctionDate,
	date,
	inDateOrder,
	languageTag,
	makerTakesNoStance,
	matching,
	picturePath,
	reportUrl,
	text,
	webUrl,
} from './schema-fields.ts';
import { formerIdList, ref } from './reference-fields.ts';

export const stances = ['supports', 'opposes', 'mixed', 'no-response', 'unclear'] as const;
export const statuses = ['new', 'restated', 'under-negotiation', 'accepted', 'rejected', 'withdrawn', 'met'] as const;
export const attributions = ['named', 'anonymous', 'official', 'document'] as const;
export const actorKinds = ['country', 'government', 'alliance', 'organization', 'person', 'group'] as const;
export const sourceKinds = ['wire-service', 'newspaper', 'broadcaster', 'magazine', 'government', 'international-organization', 'think-tank', 'other'] as const;
export const topicKinds = ['theme', 'place', 'event'] as const;
export const bylineKinds = ['desk', 'person'] as const;

export type Stance = (typeof stances)[number];
export type Status = (typeof statuses)[number];

/** Every kind of file may have been renamed. */
const formerIds = () =>
	formerIdList().describe('The ids this file had before it was renamed: their old addresses redirect here, and references to them still work, with a warning.');

/** One party's stance on a demand, as reported in the article. */
export const positionSchema = (context: SchemaContext = {}) =>
	z.strictObject({
		actor: ref(context, 'actors').describe('Actor id of the party taking the stance.'),
		stance: z.enum(stances).describe('Where the party stands.'),
		note: text(200).optional().describe('A short qualifier shown next to the stance.'),
		cite: z.string().trim().min(1).optional().describe("Citation key, from this article's sources, that reports the stance."),
		date: date().optional().describe("The day the party stated it; by default the article's date."),
	});

/** A demand an article covers, with its status and the positions it reports. */
export const articleDemandSchema = (context: SchemaContext = {}) =>
	z
		.strictObject({
			demand: ref(context, 'demands').describe('Demand id.'),
			status: z.enum(statuses).optional().describe("The demand's status as of this article."),
			positions: z.array(positionSchema(context)).default([]).describe('Where each party stands, as reported here.'),
		})
		.superRefine(makerTakesNoStance(context));

/** One cited report. */
export const citationSchema = (context: SchemaContext = {}) =>
	z.strictObject({
		key: matching(z.string(), {
			pattern: keyPattern,
			error: 'may hold only letters, digits, _ and -',
			fix: (value) => `write \`key\` with letters, digits, _ and - only, e.g. ${slugify(value) || 'reuters-list'}`,
		})
			.optional()
			.describe('The key bodies cite as [@key]; defaults to the source id.'),
		source: ref(context, 'sources').describe('Source id: the outlet or originator.'),
		title: text().describe('Title of the cited report.'),
		url: reportUrl().optional().describe("The report's own address; without one, the reference is shown without a link."),
		published: date().optional().describe('When the report was published.'),
		attribution: z.enum(attributions).optional().describe('How the report attributes its information.'),
		note: text().optional().describe('Who or what the report relies on.'),
	});

/** A dated correction, shown on the article and in feeds. */
export const correctionSchema = (context: SchemaContext = {}) =>
	z.strictObject({
		date: correctionDate(context).describe('When the correction was made; not later than the build, as a correction goes out with the text it corrects.'),
		text: text().describe('What was wrong and what is right now.'),
	});

/** The picture at the top of an article, in lists, feeds and where the article is shared. */
export const leadImageSchema = (context: SchemaContext = {}) =>
	z.strictObject({
		src: picturePath(context).describe('Path from this file to the picture: ./photo.jpg beside it, or ../../assets/photo.jpg.'),
		alt: text(300).describe('What the picture shows, for readers who cannot see it. Required.'),
		caption: text(300).optional().describe('What the picture shows and why it matters, under the picture.'),
		credit: text(140).optional().describe('Who took or owns the picture, e.g. "Photo: Ana Lima / Wire One".'),
	});

/** An explainer. */
export const articleSchema = (context: SchemaContext = {}) =>
	z
		.strictObject({
			title: text(140).describe('Headline.'),
			summary: text(320).describe('One or two sentences readers see in lists and feeds.'),
			published: date().describe('First publication; a later moment schedules the article, which the first build after it publishes.'),
			updated: date().optional().describe('Last substantive update; not before `published`.'),
			draft: z.boolean().default(false).describe('Drafts are validated but published nowhere.'),
			byline: text().optional().describe('Desk name or author, as printed: "Harbour desk", "Ana Lima". Without one, the site is the author.'),
			bylineKind: z
				.enum(bylineKinds)
				.default('desk')
				.describe('Whether the byline names a desk of the newsroom (the default) or a person: search engines are told which.'),
			image: leadImageSchema(context).optional().describe('The lead picture: src, alt, caption and credit.'),
			lang: languageTag()
				.optional()
				.describe("The article's language as a BCP 47 tag (pl, ar, pt-BR), when it is not the site's: its headline, dek and story are marked as such."),
			topics: z.array(ref(context, 'topics')).default([]).describe('Topic ids.'),
			actors: z.array(ref(context, 'actors')).default([]).describe('Actor ids.'),
			demands: z.array(articleDemandSchema(context)).default([]).describe('The demands the article covers.'),
			sources: z.array(citationSchema(context)).default([]).superRefine(uniqueCitationKeys, always).describe('The reports the article cites; each key once.'),
			corrections: z.array(correctionSchema(context)).default([]).describe('Corrections, oldest first or in any order.'),
			formerIds: formerIds(),
		})
		.refine(...inDateOrder('published', 'updated', 'set `updated` to the day of the update, on or after `published` (the same day is fine), or remove it'))
		.superRefine(declaredCites, always);

/** Who acts: a country, government, alliance, organization, person or group. */
export const actorSchema = (_context: SchemaContext = {}) =>
	z.strictObject({
		name: text().describe('Display name.'),
		kind: z.enum(actorKinds).describe('What sort of actor this is.'),
		aliases: z.array(text()).default([]).describe('Other names readers meet in articles.'),
		forms: z
			.array(text())
			.default([])
			.describe('The name or an alias as articles also write it (declined, or with letters attached): linked like a name, never shown as one.'),
		summary: text().optional().describe('One sentence.'),
		formerIds: formerIds(),
	});

/** A demand or condition one actor puts to others. */
export const demandSchema = (context: SchemaContext = {}) =>
	z.strictObject({
		title: text(140).describe('The demand, stated plainly.'),
		by: ref(context, 'actors').describe('Actor id of the party making the demand.'),
		addressedTo: z.array(ref(context, 'actors')).default([]).describe('Actor ids of the parties it is put to.'),
		topics: z.array(ref(context, 'topics')).default([]).describe('Topic ids.'),
		firstRaised: date().optional().describe('When the demand was first made.'),
		summary: text().optional().describe('One sentence.'),
		formerIds: formerIds(),
	});

/** An outlet or originator of reporting. */
export const sourceSchema = (_context: SchemaContext = {}) =>
	z.strictObject({
		name: text().describe('Display name.'),
		kind: z.enum(sourceKinds).describe('What sort of source this is.'),
		url: webUrl().optional().describe("The source's home page."),
		summary: text().optional().describe('One sentence.'),
		formerIds: formerIds(),
	});

/** A theme, place or event that groups everything else; an event may say when and where it happens. */
export const topicSchema = (_context: SchemaContext = {}) =>
	z
		.strictObject({
			title: text(140).describe('Display name.'),
			kind: z.enum(topicKinds).describe('What sort of topic this is.'),
			summary: text().optional().describe('One sentence.'),
			startDate: date().optional().describe('For an event (other kinds ignore it): the day, or date-time, it starts or started.'),
			endDate: date().optional().describe('For an event: the day it ends or ended; not before `startDate`.'),
			location: text(140).optional().describe('For an event: where it happens, as readers name the place: "Istanbul", "Dolmabahçe Palace, Istanbul".'),
			formerIds: formerIds(),
		})
		.refine(...inDateOrder('startDate', 'endDate', 'set `endDate` to the day the event ends, on or after `startDate`, or remove it'));

export const schemas = {
	articles: articleSchema,
	actors: actorSchema,
	demands: demandSchema,
	sources: sourceSchema,
	topics: topicSchema,
} as const;

export type CollectionName = keyof typeof schemas;
export const collectionNames = Object.keys(schemas) as CollectionName[];

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
export type ActorData = z.output<ReturnType<typeof actorSchema>>;
export type DemandData = z.output<ReturnType<typeof demandSchema>>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type TopicData = z.output<ReturnType<typeof topicSchema>>;
export type Citation = z.output<ReturnType<typeof citationSchema>>;
export type Correction = z.output<ReturnType<typeof correctionSchema>>;
export type LeadImage = z.output<ReturnType<typeof leadImageSchema>>;

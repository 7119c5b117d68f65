/**
 * The editors' contract (docs/content-model.md) as zod schemas.
 * Astro's content collections and the standalone content check both use these
 * factories, so a file that passes one passes the other. Given the ids of
 * every content file, the factories also refuse references that name none.
 */
import { z } from 'astro/zod';
import { keyPattern } from './citations.ts';
import { always, declaredCites, uniqueCitationKeys } from './citation-rules.ts';
import { type SchemaContext, date, isBefore, ref, text, webUrl } from './schema-fields.ts';

export const stances = ['supports', 'opposes', 'mixed', 'no-response', 'unclear'] as const;
export const statuses = ['new', 'restated', 'under-negotiation', 'accepted', 'rejected', 'withdrawn', 'met'] as const;
export const attributions = ['named', 'anonymous', 'official', 'document'] as const;
export const actorKinds = ['country', 'government', 'alliance', 'organization', 'person', 'group'] as const;
export const sourceKinds = ['wire-service', 'newspaper', 'broadcaster', 'magazine', 'government', 'international-organization', 'think-tank', 'other'] as const;
export const topicKinds = ['theme', 'place', 'event'] as const;

export type Stance = (typeof stances)[number];
export type Status = (typeof statuses)[number];

/** One party's stance on a demand, as reported in the article. */
export const positionSchema = (context: SchemaContext = {}) =>
	z.object({
		/** Actor id of the party taking the stance. */
		actor: ref(context, 'actors'),
		/** Where the party stands. */
		stance: z.enum(stances),
		/** A short qualifier shown next to the stance. */
		note: text(200).optional(),
		/** Citation key, from this article's sources, that reports the stance. */
		cite: z.string().min(1).optional(),
	});

/** A demand an article covers, with its status and the positions it reports. */
export const articleDemandSchema = (context: SchemaContext = {}) =>
	z.object({
		/** Demand id. */
		demand: ref(context, 'demands'),
		/** The demand's status as of this article. */
		status: z.enum(statuses).optional(),
		/** Where each party stands, as reported here. */
		positions: z.array(positionSchema(context)).default([]),
	});

/** One cited report. */
export const citationSchema = (context: SchemaContext = {}) =>
	z.object({
		/** The key bodies cite as [@key]; defaults to the source id. */
		key: z.string().regex(keyPattern, { error: 'may hold only letters, digits, _ and -' }).optional(),
		/** Source id: the outlet or originator. */
		source: ref(context, 'sources'),
		/** Title of the cited report. */
		title: text(),
		/** Where the report can be read. */
		url: webUrl(),
		/** When the report was published. */
		published: date().optional(),
		/** How the report attributes its information. */
		attribution: z.enum(attributions).optional(),
		/** Who or what the report relies on. */
		note: text().optional(),
	});

/** A dated correction, shown on the article and in feeds. */
export const correctionSchema = () =>
	z.object({
		/** When the correction was made. */
		date: date(),
		/** What was wrong and what is right now. */
		text: text(),
	});

/** An explainer. */
export const articleSchema = (context: SchemaContext = {}) =>
	z
		.object({
			/** Headline. */
			title: text(140),
			/** One or two sentences readers see in lists and feeds. */
			summary: text(320),
			/** First publication. */
			published: date(),
			/** Last substantive update; not before `published`. */
			updated: date().optional(),
			/** Drafts are validated but published nowhere. */
			draft: z.boolean().default(false),
			/** Desk name or author. */
			byline: text().optional(),
			/** Topic ids. */
			topics: z.array(ref(context, 'topics')).default([]),
			/** Actor ids. */
			actors: z.array(ref(context, 'actors')).default([]),
			/** The demands the article covers. */
			demands: z.array(articleDemandSchema(context)).default([]),
			/** The reports the article cites; each key once. */
			sources: z.array(citationSchema(context)).default([]).superRefine(uniqueCitationKeys, always),
			/** Corrections, oldest first or in any order. */
			corrections: z.array(correctionSchema()).default([]),
		})
		.refine((article) => !article.updated || !isBefore(article.updated, article.published), {
			error: 'must not be before `published`',
			path: ['updated'],
			params: { fix: 'set `updated` to the day of the update, on or after `published` (the same day is fine), or remove it' },
			// Run even when other fields fail, so every problem of a file is reported at once.
			when: ({ value }) => {
				const { published, updated } = value as { published?: unknown; updated?: unknown };
				return typeof published === 'string' && typeof updated === 'string';
			},
		})
		.superRefine(declaredCites, always);

/** Who acts: a country, government, alliance, organization, person or group. */
export const actorSchema = (_context: SchemaContext = {}) =>
	z.object({
		/** Display name. */
		name: text(),
		/** What sort of actor this is. */
		kind: z.enum(actorKinds),
		/** Other names readers meet in articles. */
		aliases: z.array(text()).default([]),
		/** One sentence. */
		summary: text().optional(),
	});

/** A demand or condition one actor puts to others. */
export const demandSchema = (context: SchemaContext = {}) =>
	z.object({
		/** The demand, stated plainly. */
		title: text(140),
		/** Actor id of the party making the demand. */
		by: ref(context, 'actors'),
		/** Actor ids of the parties it is put to. */
		addressedTo: z.array(ref(context, 'actors')).default([]),
		/** Topic ids. */
		topics: z.array(ref(context, 'topics')).default([]),
		/** When the demand was first made. */
		firstRaised: date().optional(),
		/** One sentence. */
		summary: text().optional(),
	});

/** An outlet or originator of reporting. */
export const sourceSchema = (_context: SchemaContext = {}) =>
	z.object({
		/** Display name. */
		name: text(),
		/** What sort of source this is. */
		kind: z.enum(sourceKinds),
		/** The source's home page. */
		url: webUrl().optional(),
		/** One sentence. */
		summary: text().optional(),
	});

/** A theme, place or event that groups everything else. */
export const topicSchema = (_context: SchemaContext = {}) =>
	z.object({
		/** Display name. */
		title: text(140),
		/** What sort of topic this is. */
		kind: z.enum(topicKinds),
		/** One sentence. */
		summary: text().optional(),
	});

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

import { defineCollection } from 'astro:content';
import { markdownFiles } from './lib/content-loader.ts';
import { actorSchema, articleSchema, demandSchema, sourceSchema, topicSchema } from './lib/schemas.ts';

export const collections = {
	articles: defineCollection({ loader: markdownFiles('articles'), schema: ({ image }) => articleSchema({ image }) }),
	actors: defineCollection({ loader: markdownFiles('actors'), schema: actorSchema() }),
	demands: defineCollection({ loader: markdownFiles('demands'), schema: demandSchema() }),
	sources: defineCollection({ loader: markdownFiles('sources'), schema: sourceSchema() }),
	topics: defineCollection({ loader: markdownFiles('topics'), schema: topicSchema() }),
};

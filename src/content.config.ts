import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idFromPath } from './lib/content-files.ts';
import { actorSchema, articleSchema, type CollectionName, demandSchema, sourceSchema, topicSchema } from './lib/schemas.ts';

/**
 * Markdown files anywhere under the collection's folder; the file name is the id.
 * Only the rendered HTML is kept: the content check reads the source from disk.
 */
const markdownFiles = (name: CollectionName) =>
	glob({ pattern: '**/*.md', base: `./src/content/${name}`, generateId: ({ entry }) => idFromPath(entry), retainBody: false });

export const collections = {
	articles: defineCollection({ loader: markdownFiles('articles'), schema: articleSchema() }),
	actors: defineCollection({ loader: markdownFiles('actors'), schema: actorSchema() }),
	demands: defineCollection({ loader: markdownFiles('demands'), schema: demandSchema() }),
	sources: defineCollection({ loader: markdownFiles('sources'), schema: sourceSchema() }),
	topics: defineCollection({ loader: markdownFiles('topics'), schema: topicSchema() }),
};

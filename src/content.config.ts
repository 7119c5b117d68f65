import { defineCollection, type SchemaContext } from 'astro:content';
import { markdownFiles } from './lib/content-loader.ts';
import { actorSchema, articleSchema, demandSchema, sourceSchema, topicSchema } from './lib/schemas.ts';

/** A path of the shape every lead picture has (the content check refuses any other): ./ or ../ and a file name. */
const probe = './lead-picture.jpg';

/**
 * Astro calls a collection's schema function once per entry, to hand it that entry's `image()`, and building the
 * article schema costs far more than using it: at 4,000 articles, a fifth of a cold build. It is built once for
 * each way `image()` turns a lead picture's path. Across the entries of one build that way is the same (Astro
 * passes a ./ or ../ path on as written, to be resolved against each entry's file later), so one schema serves
 * them all; were it ever to depend on the entry, each entry would get its own, as before.
 */
function builtPerImageHelper<Schema>(build: (context: SchemaContext) => Schema): (context: SchemaContext) => Schema {
	const built = new Map<string, Schema>();
	return (context) => {
		const turned = context.image().safeParse(probe);
		const key = turned.success ? JSON.stringify(turned.data) : `refused ${turned.error.message}`;
		let schema = built.get(key);
		if (!schema) built.set(key, (schema = build(context)));
		return schema;
	};
}

export const collections = {
	articles: defineCollection({ loader: markdownFiles('articles'), schema: builtPerImageHelper(({ image }) => articleSchema({ image })) }),
	actors: defineCollection({ loader: markdownFiles('actors'), schema: actorSchema() }),
	demands: defineCollection({ loader: markdownFiles('demands'), schema: demandSchema() }),
	sources: defineCollection({ loader: markdownFiles('sources'), schema: sourceSchema() }),
	topics: defineCollection({ loader: markdownFiles('topics'), schema: topicSchema() }),
};

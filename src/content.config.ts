import { defineCollection, type SchemaContext } from 'astro:content';
import { markdownFiles } from './markdown/loader.ts';
import { actorSchema, articleSchema, demandSchema, sourceSchema, topicSchema } from './model/schemas.ts';

/** A path of the shape every lead picture has before it reaches `image()` (schema-fields.ts): ./ or ../ and a file name. */
const probe = './lead-picture.jpg';

/**
 * Astro calls a collection's schema function once per entry, to hand it that entry's `image()`, and building the
 * article schema costs far more than using it: at 4,000 articles, a fifth of a cold build. It is built once for
 * each way `image()` turns a lead picture's path. For every entry of a build that way is the same: only a bare file
 * name depends on the entry's folder, and `picturePath` lets no bare name through to `image()`. Were a path like
 * the probe ever to turn out differently for each entry, each entry would get its own schema, as before.
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

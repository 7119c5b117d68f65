import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, idFromPath } from './lib/content-files.ts';
import { type CollectionName, schemas } from './lib/schemas.ts';

const collection = (name: CollectionName) =>
	defineCollection({
		loader: glob({
			pattern: '**/*.md',
			base: `${contentDir()}/${name}`,
			generateId: ({ entry }) => idFromPath(entry),
		}),
		schema: schemas[name](),
	});

export const collections = {
	articles: collection('articles'),
	actors: collection('actors'),
	demands: collection('demands'),
	sources: collection('sources'),
	topics: collection('topics'),
};

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	articles: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './src/content/articles' }),
		schema: z.object({
			title: z.string(),
			summary: z.string(),
			published: z.coerce.date(),
			draft: z.boolean().default(false),
			topics: z.array(z.string()).default([]),
		}),
	}),
};

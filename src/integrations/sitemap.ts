/**
 * The sitemap, by @astrojs/sitemap: every page the build writes (drafts are
 * never written; Astro's 404 page is left out), at the site's own address,
 * each explainer with the day it last changed: its `updated` date or its
 * latest correction, whichever is later, as its page and feeds say. Those
 * dates come from the content check's read of the files, as reading every
 * article again after the pages would cost a second parse of each.
 * robots.txt (src/pages/robots.txt.ts) points at it.
 */
import sitemap from '@astrojs/sitemap';
import { z } from 'astro/zod';
import type { AstroIntegration } from 'astro';
import { lastModified } from '../model/corrections.ts';
import { instantOf } from '../model/dates.ts';
import type { Article } from '../model/entry.ts';
import { date } from '../model/schema-fields.ts';
import { urls } from '../model/urls.ts';
import type { ContentFile } from '../check/content-file.ts';

/** Only what the last change depends on; the content check has vetted the rest. */
const datesOf = z.object({
	published: date(),
	updated: date().optional(),
	draft: z.boolean().default(false),
	corrections: z.array(z.object({ date: date() })).default([]),
});

/** Each published article's page path with the instant it last changed, as an ISO date-time. */
export function articleLastModified(files: readonly ContentFile[]): Map<string, string> {
	const modified = new Map<string, string>();
	for (const file of files) {
		if (file.collection !== 'articles' || file.format) continue;
		const parsed = datesOf.safeParse(file.data);
		if (!parsed.success || parsed.data.draft) continue;
		const article = { id: file.id, data: parsed.data } as unknown as Article;
		modified.set(urls.article(file.id), instantOf(lastModified(article)).toISOString());
	}
	return modified;
}

/** The sitemap integration, and `read`, which takes each explainer's last change from the files the content check read. */
export default function siteMap(): AstroIntegration & { read: (files: readonly ContentFile[]) => void } {
	let modified = new Map<string, string>();
	const inner = sitemap({
		namespaces: { news: false, xhtml: false, image: false, video: false },
		serialize(item) {
			const lastmod = modified.get(decodeURI(new URL(item.url).pathname));
			return lastmod ? { ...item, lastmod } : item;
		},
	});
	return {
		...inner,
		read: (files) => {
			modified = articleLastModified(files);
		},
	};
}

/** What the collections hand over for every file: the type each stage after the model reads entries by. */
import type { ArticleData } from './schemas.ts';

/** An entry as Astro's collections hand it over: an id and validated data. */
export interface Entry<T> {
	id: string;
	data: T;
	/** The body's HTML, as the Markdown pipeline rendered it while loading, and what rendering found. */
	rendered?: { html: string; metadata?: Record<string, unknown> };
}

export type Article = Entry<ArticleData>;

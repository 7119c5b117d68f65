/** An explainer's history page: the explainer, and its history from the record of its changes. */
import type { GitHistory } from '../../check/git-history-fs.ts';
import { contentLanguage } from '../../model/content-language.ts';
import type { Article } from '../../model/entry.ts';
import { articleHistory } from '../../model/history.ts';

/** Everything the history page of `article` shows; `record` is what the build read from Git. */
export const historyPage = (article: Article, record: GitHistory) => ({
	article,
	/** The article's own words in its language: its headline, and its corrections. */
	own: contentLanguage(article.data.lang),
	history: articleHistory(article.data, record.state.kind === 'unavailable' ? undefined : (record.revisions.get(article.id) ?? [])),
});

export type HistoryPage = ReturnType<typeof historyPage>;

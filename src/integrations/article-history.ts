/**
 * Reads the explainers' history from Git (src/check/git-history-fs.ts) as a build or astro dev starts, while the
 * content check runs, and hands it to the history pages (src/check/handover.ts). A build never fails for want of
 * it: without Git, outside a repository or in a shallow clone, each history page says what it lacks, and the build
 * log says why, once.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { nounCount } from '../check/english-counts.ts';
import { type GitHistory, readGitHistory } from '../check/git-history-fs.ts';
import { currentHandover } from '../check/handover.ts';
import { codeVersion } from '../check/code-version-fs.ts';
import { historyCache } from '../check/history-cache-fs.ts';
import type { ChangeDates } from '../model/corrections.ts';
import { articleHistory } from '../model/history.ts';

/** How many explainers a note names before it only counts the rest. */
const named = 3;

/** What the build log says of the record, or nothing when it is whole and holds every published explainer. */
export function historyNote(record: GitHistory, published: ReadonlyMap<string, ChangeDates>): string | undefined {
	const { state } = record;
	if (state.kind === 'unavailable')
		return `History pages: no record of changes, as ${state.reason}. Each explainer's history page says so and lists only the dates the explainer gives.`;
	const lines: string[] = [];
	if (state.kind === 'shallow')
		lines.push(
			'History pages: this is a shallow clone, so the record of changes may start late; history pages say so where it does.',
			'  Fix: fetch the whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0).',
		);
	const unrecorded = [...published].filter(([id, dates]) => articleHistory(dates, record.revisions.get(id) ?? []).gap?.kind === 'unrecorded').map(([id]) => id);
	if (unrecorded.length) {
		const more = unrecorded.length > named ? ` and ${unrecorded.length - named} more` : '';
		const verb = unrecorded.length === 1 ? 'is' : 'are';
		lines.push(
			`History pages: ${nounCount(unrecorded.length, 'explainer')} ${verb} published but not committed yet (${unrecorded.slice(0, named).join(', ')}${more}); their history pages say there is no record of their changes yet.`,
		);
	}
	return lines.length ? lines.join('\n') : undefined;
}

export default function articleHistoryRecord(): AstroIntegration {
	let history: Promise<GitHistory> | undefined;
	return {
		name: 'dossier:article-history',
		hooks: {
			// Listed before the content check, so that Git reads while the check runs.
			'astro:config:setup': ({ config, command }) => {
				if (command !== 'build' && command !== 'dev') return;
				const cache = historyCache(fileURLToPath(new URL('dossier-history.bin', config.cacheDir)), codeVersion);
				history = readGitHistory(fileURLToPath(config.root), cache);
				currentHandover().keepHistory(history);
			},
			// Said once the check has judged what is published. The read is done by then: cold, at 1,000 explainers, this waited 20 ms.
			'astro:build:start': async () => {
				const note = history && historyNote(await history, currentHandover().articleDates());
				if (note) console.warn(note);
			},
		},
	};
}

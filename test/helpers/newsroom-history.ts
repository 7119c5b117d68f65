/**
 * The fixture newsroom in a site folder, made a Git repository whose commits tell how two of its explainers came to
 * be as they are: each drafted, published, revised and corrected on its own days, one moved into a folder on the
 * way (test/fixtures/newsroom holds them as they end). The rest are committed once, before they went out.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type GitRepo, gitRepo } from './git-repo.ts';

const articles = 'src/content/articles';
export const historyIds = { ostmark: '2024-03-01-ostmark-agrees', talks: '2024-02-05-talks-open' } as const;
/** Where the Ostmark explainer is moved to on 2 March. */
export const movedOstmark = `${articles}/2024/${historyIds.ostmark}.md`;

const withoutCorrections = (text: string) => text.replace(/^corrections:\n(?: {2}.*\n)+/m, '');
const asDraft = (text: string) => text.replace(/^published:/m, 'draft: true\npublished:');

/** Commits the newsroom at `root` (a site made by createSite) as it was on each day, ending as it is. */
export function commitNewsroomHistory(root: string): GitRepo {
	const file = (id: string) => `${articles}/${id}.md`;
	const final = {
		ostmark: readFileSync(path.join(root, file(historyIds.ostmark)), 'utf8'),
		talks: readFileSync(path.join(root, file(historyIds.talks)), 'utf8'),
	};
	const repo = gitRepo(root);
	repo.write('.gitignore', 'dist/\n.astro/\nnode_modules/\n');

	const ostmark = {
		published: withoutCorrections(final.ostmark)
			.replace('within sixty days', 'within six weeks')
			.replace(' The deal leaves [the river dispute](/topics/river-dispute/) open.', ''),
		revised: withoutCorrections(final.ostmark).replace('within sixty days', 'within six weeks'),
	};
	const talks = {
		published: withoutCorrections(final.talks)
			.replace(/^updated: .*\n/m, '')
			.replace(/^title: .*$/m, 'title: Talks open')
			.replace(/\n## Where the talks stand\n[\s\S]*?\n(?=Citation syntax)/, '\n'),
	};
	const headlined = talks.published.replace(/^title: .*$/m, final.talks.match(/^title: .*$/m)![0]);

	// The newsroom's first commit: the talks explainer is not written yet, the Ostmark one is a draft.
	rmSync(path.join(root, file(historyIds.talks)));
	repo.write(file(historyIds.ostmark), asDraft(ostmark.published).replace(/^title: .*$/m, 'title: Ostmark may pull back'));
	repo.commit('2023-11-30T09:00:00Z', 'The newsroom, with its first explainers');
	repo.write(file(historyIds.talks), asDraft(talks.published));
	repo.commit('2024-02-04T16:00:00Z', 'Draft the talks explainer');
	repo.write(file(historyIds.talks), talks.published);
	repo.commit('2024-02-05T08:00:00Z', 'Publish the talks explainer');
	repo.write(file(historyIds.talks), headlined);
	repo.commit('2024-02-05T15:00:00Z', 'A fuller headline');
	repo.write(file(historyIds.talks), final.talks);
	repo.commit('2024-02-06T10:00:00Z', 'Update the talks explainer with a table, and correct a name');
	repo.write(file(historyIds.ostmark), asDraft(ostmark.published));
	repo.commit('2024-02-29T12:00:00Z', 'Second draft of the Ostmark explainer');
	repo.write(file(historyIds.ostmark), ostmark.published);
	repo.commit('2024-03-01T10:30:00+01:00', 'Publish the Ostmark explainer');
	repo.move(file(historyIds.ostmark), movedOstmark);
	repo.commit('2024-03-02T08:00:00Z', 'The explainers of 2024 in a folder');
	repo.write(movedOstmark, ostmark.revised);
	repo.commit('2024-03-03T08:00:00Z', 'What the deal leaves open');
	repo.write(movedOstmark, final.ostmark);
	repo.commit('2024-03-05T11:00:00Z', 'Correct the timetable');
	return repo;
}

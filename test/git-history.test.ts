/**
 * The record read from real Git repositories made here, commit by commit on several days: a draft period, a rename,
 * a correction and a merge; then a shallow clone, a folder outside any repository, and a machine without Git. It is
 * read by three Git processes however many explainers there are (two when an earlier build read every version), and
 * holds no one's name.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitHistory, readGitHistory } from '../src/check/git-history-fs.ts';
import { historyCache } from '../src/check/history-cache-fs.ts';
import { articleHistory } from '../src/model/history.ts';
import { type GitRepo, gitRepo, runGit, shallowClone } from './helpers/git-repo.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-history-'));
// Git looks no further up than the scratch folder: a repository around it (the project's own) is not found.
const ceiling = process.env.GIT_CEILING_DIRECTORIES;
beforeAll(() => {
	process.env.GIT_CEILING_DIRECTORIES = scratch;
});
afterAll(() => {
	if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
	else process.env.GIT_CEILING_DIRECTORIES = ceiling;
	rmSync(scratch, { recursive: true, force: true });
});

let count = 0;
/** A new, empty folder in the scratch folder. */
function folder(name: string): string {
	const dir = path.join(scratch, `${name}-${++count}`);
	mkdirSync(dir);
	return dir;
}

/** An article file's text. */
function articleText({ title = 'Ferry talks open', published = '2025-03-10', draft = false, updated = '', corrections = '', body = 'The story.' } = {}) {
	return [
		'---',
		`title: ${title}`,
		'summary: Both sides sit down over the ferry routes.',
		`published: ${published}`,
		...(draft ? ['draft: true'] : []),
		...(updated ? [`updated: ${updated}`] : []),
		...(corrections ? ['corrections:', `  - date: ${corrections.split(' ')[0]}`, `    text: ${corrections.split(' ').slice(1).join(' ')}`] : []),
		'---',
		body,
		'',
	].join('\n');
}

const articles = 'src/content/articles';
const ferry = `${articles}/2025-03-10-ferry-talks.md`;

/** Each line of an explainer's history page, as the classification tells it from the record. */
function told(record: GitHistory, id: string, current = { published: '2025-03-10', corrections: [] as { date: string; text: string }[] }) {
	const { entries, gap } = articleHistory(current, record.state.kind === 'unavailable' ? undefined : (record.revisions.get(id) ?? []), 'UTC');
	return [
		...entries.map((e) => `${e.kind} ${e.date}${e.kind === 'corrected' ? ` ${e.text}` : 'parts' in e ? ` ${e.parts.join('+')}` : ''}`),
		...(gap ? [`gap: ${gap.kind}`] : []),
	];
}

/** The newsroom's repository: one explainer drafted, published, revised, renamed into a folder, corrected; another never touched after publication. */
function newsroomRepo(): GitRepo {
	const repo = gitRepo(folder('newsroom'));
	repo.write(ferry, articleText({ draft: true, title: 'Working title', body: 'A first go.' }));
	repo.write(`${articles}/2025-02-01-harbour.md`, articleText({ title: 'Harbour reopens', published: '2025-02-01' }));
	repo.commit('2025-03-08T09:00:00+01:00', 'Jane Roe drafts the ferry explainer');
	repo.write(ferry, articleText({ draft: true, body: 'A second go.' }));
	repo.commit('2025-03-09T09:00:00+01:00');
	repo.write(ferry, articleText());
	repo.commit('2025-03-10T07:00:00+01:00');
	repo.write(ferry, articleText({ body: 'The story, with a new paragraph.' }));
	repo.commit('2025-03-11T10:00:00+01:00');
	repo.move(ferry, `${articles}/ferries/ferry-talks-open.md`);
	repo.commit('2025-03-11T12:00:00+01:00');
	repo.write(
		`${articles}/ferries/ferry-talks-open.md`,
		articleText({ body: 'The story, with a new paragraph.', corrections: '2025-03-12 The ferry sails at six.' }),
	);
	repo.commit('2025-03-12T18:00:00+01:00');
	return repo;
}

describe('a whole record', () => {
	let repo: GitRepo;
	let record: GitHistory;
	beforeAll(async () => {
		repo = newsroomRepo();
		record = await readGitHistory(repo.dir);
	});

	test('is read by three Git processes: where the repository is, the log of the folder, and the files', () => {
		expect(record.state).toEqual({ kind: 'whole' });
		expect(record.processes).toBe(3);
	});

	test('follows a file back through its rename, and holds each commit of it once, oldest first', () => {
		const revisions = record.revisions.get('ferry-talks-open')!;
		expect(revisions.map((r) => [r.at, (r.data as { draft?: boolean }).draft ?? false])).toEqual([
			['2025-03-08T09:00:00+01:00', true],
			['2025-03-09T09:00:00+01:00', true],
			['2025-03-10T07:00:00+01:00', false],
			['2025-03-11T10:00:00+01:00', false],
			// The rename, a version of its own with the same text.
			['2025-03-11T12:00:00+01:00', false],
			['2025-03-12T18:00:00+01:00', false],
		]);
		expect(record.revisions.has('2025-03-10-ferry-talks')).toBe(false);
	});

	test('tells the page what readers saw: publication, the revision, the correction; nothing of the draft period or the move', () => {
		const corrections = [{ date: '2025-03-12', text: 'The ferry sails at six.' }];
		expect(told(record, 'ferry-talks-open', { published: '2025-03-10', corrections })).toEqual([
			'corrected 2025-03-12 The ferry sails at six.',
			'revised 2025-03-11 story',
			'published 2025-03-10',
		]);
	});

	test('an explainer committed after its publication says where its record starts', () => {
		expect(told(record, '2025-02-01-harbour', { published: '2025-02-01', corrections: [] })).toEqual(['published 2025-02-01', 'gap: starts']);
	});

	test("holds no one's name, address or commit message", () => {
		const text = JSON.stringify([...record.revisions]);
		for (const personal of ['Test desk', 'desk@example.org', 'Jane Roe', 'drafts the ferry']) expect(text).not.toContain(personal);
	});

	test('a file not committed yet has no revisions', async () => {
		repo.write(`${articles}/2025-03-20-new.md`, articleText({ published: '2025-03-20' }));
		const read = await readGitHistory(repo.dir);
		expect(read.revisions.get('2025-03-20-new')).toEqual([]);
		expect(told(read, '2025-03-20-new', { published: '2025-03-20', corrections: [] })).toEqual(['published 2025-03-20', 'gap: unrecorded']);
	});
});

test('a change merged from a branch dates from its merge, when it reached the site', async () => {
	const repo = gitRepo(folder('merge'));
	repo.write(ferry, articleText());
	repo.commit('2025-03-10T07:00:00Z');
	runGit(repo.dir, ['checkout', '-q', '-b', 'desk']);
	repo.write(ferry, articleText({ body: 'Written on a branch.' }));
	repo.commit('2025-03-11T07:00:00Z');
	runGit(repo.dir, ['checkout', '-q', 'main']);
	repo.write('README.md', 'Something else.');
	repo.commit('2025-03-12T07:00:00Z');
	runGit(repo.dir, ['merge', '-q', '--no-ff', '-m', 'Merge', 'desk'], { GIT_AUTHOR_DATE: '2025-03-14T07:00:00Z', GIT_COMMITTER_DATE: '2025-03-14T07:00:00Z' });
	expect(told(await readGitHistory(repo.dir), '2025-03-10-ferry-talks')).toEqual(['revised 2025-03-14 story', 'published 2025-03-10']);
});

test('the number of Git processes does not grow with the number of explainers', async () => {
	const repo = gitRepo(folder('many'));
	for (let day = 1; day <= 3; day++) {
		for (let i = 0; i < 40; i++) repo.write(`${articles}/a-${i}.md`, articleText({ body: `Day ${day} of story ${i}.` }));
		repo.commit(`2025-03-1${day}T08:00:00Z`);
	}
	const record = await readGitHistory(repo.dir);
	expect(record.processes).toBe(3);
	expect([...record.revisions.values()].map((list) => list.length)).toEqual(Array(40).fill(3));
});

test('a later build asks Git only for the versions committed since; the cache of other code is not read', async () => {
	const repo = newsroomRepo();
	const file = path.join(folder('cache'), 'history.bin');
	const first = await readGitHistory(repo.dir, historyCache(file, 'code 1'));
	const again = await readGitHistory(repo.dir, historyCache(file, 'code 1'));
	expect(again.processes).toBe(2);
	expect([...again.revisions]).toEqual([...first.revisions]);
	repo.write(`${articles}/2025-02-01-harbour.md`, articleText({ title: 'Harbour reopens', published: '2025-02-01', body: 'A new story.' }));
	repo.commit('2025-03-20T08:00:00Z');
	const later = await readGitHistory(repo.dir, historyCache(file, 'code 1'));
	expect(later.processes).toBe(3);
	expect(later.revisions.get('2025-02-01-harbour')?.map((r) => r.at)).toEqual(['2025-03-08T09:00:00+01:00', '2025-03-20T08:00:00+00:00']);
	expect((await readGitHistory(repo.dir, historyCache(file, 'code 2'))).processes).toBe(3);
});

describe('a record that falls short', () => {
	test('a shallow clone: the record starts at its first commit, and says so', async () => {
		const repo = newsroomRepo();
		const clone = folder('shallow');
		shallowClone(repo.dir, clone, 2);
		const record = await readGitHistory(clone);
		expect(record.state).toEqual({ kind: 'shallow' });
		const revisions = record.revisions.get('ferry-talks-open')!;
		expect(revisions.map((r) => [r.at, r.boundary ?? false])).toEqual([
			['2025-03-11T12:00:00+01:00', true],
			['2025-03-12T18:00:00+01:00', false],
		]);
		expect(told(record, 'ferry-talks-open', { published: '2025-03-10', corrections: [] })).toEqual(['published 2025-03-10', 'gap: starts']);
	});

	test('a folder outside any repository: no record, and why', async () => {
		const record = await readGitHistory(folder('plain'));
		expect(record.state).toEqual({ kind: 'unavailable', reason: 'the project is not in a Git repository' });
		expect(told(record, 'x')).toEqual(['published 2025-03-10', 'gap: unavailable']);
	});

	test('a repository with no commit yet: nothing is recorded, nothing failed', async () => {
		const repo = gitRepo(folder('empty'));
		repo.write(ferry, articleText());
		const record = await readGitHistory(repo.dir);
		expect(record.state).toEqual({ kind: 'whole' });
		expect(record.revisions.get('2025-03-10-ferry-talks')).toEqual([]);
	});

	test('a machine without Git: no record, and why', async () => {
		const path = process.env.PATH;
		process.env.PATH = folder('no-git');
		try {
			const record = await readGitHistory(folder('plain'));
			expect(record.state).toEqual({ kind: 'unavailable', reason: 'Git is not installed' });
			expect(record.processes).toBe(0);
		} finally {
			process.env.PATH = path;
		}
	});
});

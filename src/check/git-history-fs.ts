/**
 * The record of every explainer's changes, read from Git in one pass for the whole articles folder, whatever the
 * number of explainers: one `git rev-parse` (is this a repository, a shallow clone, and where is the project in it),
 * one `git log` over the folder that lists each commit's changed files (renames among them, which are followed back
 * here from the files there are now), and one `git cat-file --batch` that reads each version of a file once (none
 * that an earlier build read: src/check/history-cache-fs.ts). Only each commit's moment is read, never its author,
 * committer or message.
 *
 * The log follows the first parent with merges diffed against it: a change merged into the branch dates from its
 * merge, when it reached the site, not from when it was written on a branch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type Revision, revisionData } from '../model/history.ts';
import { idFromPath } from './content-files-fs.ts';
import { parseContentFile, splitContentFile } from './frontmatter.ts';
import { type HistoryCache, type VersionRead, historyCache } from './history-cache-fs.ts';

/** The articles' folder, from the project's root. */
const articlesFolder = 'src/content/articles';

/** What could be read: the whole record, the part of it a shallow clone holds, or none, and why. */
export type RecordState = { kind: 'whole' } | { kind: 'shallow' } | { kind: 'unavailable'; reason: string };

export interface GitHistory {
	state: RecordState;
	/** Each explainer's revisions by its id, oldest first; an explainer with no commit has none. */
	revisions: ReadonlyMap<string, readonly Revision[]>;
	/** How many Git processes were started. */
	processes: number;
}

/** No record, and why: what the build log says and each history page reflects. */
export const unavailableHistory = (reason: string): GitHistory => ({ state: { kind: 'unavailable', reason }, revisions: new Map(), processes: 0 });

interface Run {
	code: number | null;
	stdout: Buffer;
	stderr: string;
	/** Set when git could not be started at all. */
	error?: NodeJS.ErrnoException;
}

/** Starts git in `cwd` with its output in hand; `onStarted` gets the process, to write to it. */
function git(cwd: string, args: readonly string[], onStarted?: (child: ChildProcess) => void): Promise<Run> {
	return new Promise((resolve) => {
		// No prompt for credentials, no pager, and no lock taken: the build only reads.
		const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
		const child = spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		let stderr = '';
		let error: NodeJS.ErrnoException | undefined;
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.stdin.on('error', () => {});
		child.on('error', (e) => (error = e));
		child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr, error }));
		if (onStarted) onStarted(child);
		else child.stdin.end();
	});
}

/** One version of a file in one commit, newest commit first as the log lists them. */
interface Version {
	blob: string;
	at: string;
	boundary: boolean;
}

/**
 * Each explainer file's versions, by its path now: the log read newest commit first, each file followed back through
 * its renames. Paths are from the project's root (the log's, from the repository's top, lose `prefix`); `tracked`
 * maps a path, as it is after the commit being read, to the file it is now.
 */
function versionsFromLog(log: string, prefix: string, current: readonly string[], shallow: boolean): Map<string, Version[]> {
	const tracked = new Map(current.map((file) => [file, file]));
	const versions = new Map<string, Version[]>(current.map((file) => [file, []]));
	const relative = (file: string) => (file.startsWith(prefix) ? file.slice(prefix.length) : file);
	for (const commit of log.split('\x01').slice(1)) {
		const [head = '', at = '', ...fields] = commit.split('\0');
		const boundary = shallow && head.trim().split(' ').length === 1;
		// Every lookup reads the paths as they are after this commit; then they are moved back to before it.
		const gone: string[] = [];
		const moved: [string, string][] = [];
		for (let i = 0; i < fields.length; i++) {
			const raw = fields[i]!.trim();
			if (!raw.startsWith(':')) continue;
			// ":100644 100644 <before> <after> <status>", then the path, or the old path and the new one for a rename.
			const [, , , blob = '', status = ''] = raw.split(' ');
			const from = status.startsWith('R') ? relative(fields[++i]!) : undefined;
			const file = relative(fields[++i]!);
			const now = tracked.get(file);
			if (!now || status === 'D') continue;
			versions.get(now)!.push({ blob, at, boundary });
			if (status === 'A' || from) gone.push(file);
			if (from) moved.push([from, now]);
		}
		for (const file of gone) tracked.delete(file);
		for (const [file, now] of moved) tracked.set(file, now);
	}
	return versions;
}

/** A digest of a text, to compare versions by. */
const digest = (text: string) => createHash('sha1').update(text).digest('base64url');

/** Reads each blob once through one `git cat-file --batch`, keeping what the history needs of it in `cache`. */
function readBlobs(root: string, blobs: readonly string[], cache: HistoryCache): Promise<Run> {
	// A body edit leaves the frontmatter as it was: it is parsed once.
	const parsed = new Map<string, VersionRead['data']>();
	let pending: Buffer = Buffer.alloc(0);
	const take = (chunk: Buffer) => {
		pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
		for (;;) {
			const end = pending.indexOf(10);
			if (end < 0) return;
			const [blob = '', type, size] = pending.subarray(0, end).toString().split(' ');
			if (type !== 'blob') {
				pending = pending.subarray(end + 1);
				continue;
			}
			const length = Number(size);
			if (pending.length < end + 1 + length + 1) return;
			const { yaml, body } = splitContentFile(pending.subarray(end + 1, end + 1 + length).toString('utf8'));
			pending = pending.subarray(end + 1 + length + 1);
			const key = yaml ?? '';
			if (!parsed.has(key)) parsed.set(key, yaml === undefined ? undefined : revisionData(parseContentFile(`---\n${yaml}\n---\n`).data, digest));
			const data = parsed.get(key);
			cache.set(blob, { ...(data && { data }), body: digest(body) });
		}
	};
	return git(root, ['cat-file', '--batch'], (child) => {
		child.stdout!.on('data', take);
		child.stdin!.end(blobs.map((blob) => `${blob}\n`).join(''));
	});
}

/** The explainer files there are now, by their path from the project's root with forward slashes. */
function articleFiles(root: string): string[] {
	let names: string[];
	try {
		names = readdirSync(path.join(root, articlesFolder), { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return names.filter((name) => name.endsWith('.md')).map((name) => `${articlesFolder}/${name.split(path.sep).join('/')}`);
}

/** Why a run of git gave nothing to read, in a few words for the build log. */
function whyFailed(command: string, run: Run): string {
	if (run.error) return run.error.code === 'ENOENT' ? 'Git is not installed' : `${command} could not start (${run.error.message})`;
	if (/not a git repository/i.test(run.stderr)) return 'the project is not in a Git repository';
	return `${command} failed (${run.stderr.trim().split('\n')[0] || `exit code ${run.code}`})`;
}

/**
 * The record of the explainers of the project at `root`: whatever Git holds, or why it holds nothing. It never
 * throws. Versions of files `cache` holds from an earlier build are not read again.
 */
export async function readGitHistory(root: string, cache: HistoryCache = historyCache(undefined, '')): Promise<GitHistory> {
	// Both start at once: the log need not wait to hear that this is a repository, and runs while the content is checked.
	const [where, log] = await Promise.all([
		git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix']),
		git(root, ['log', '-z', '--raw', '--no-abbrev', '-M', '--first-parent', '--diff-merges=first-parent', '--format=%x01%H %P%x00%cI', '--', articlesFolder]),
	]);
	if (where.error || where.code !== 0) return { ...unavailableHistory(whyFailed('git rev-parse', where)), processes: where.error ? 0 : 2 };
	// A repository without a commit has no log: no explainer is recorded yet.
	if (log.code !== 0 && !/does not have any commits/.test(log.stderr)) return { ...unavailableHistory(whyFailed('git log', log)), processes: 2 };
	const [shallowAnswer, prefix = ''] = where.stdout.toString().split('\n');
	const shallow = shallowAnswer === 'true';
	const versions = versionsFromLog(log.code === 0 ? log.stdout.toString('utf8') : '', prefix, articleFiles(root), shallow);
	const blobs = [...new Set([...versions.values()].flatMap((list) => list.map((v) => v.blob)))];
	const unread = blobs.filter((blob) => !cache.get(blob));
	const run = unread.length ? await readBlobs(root, unread, cache) : undefined;
	if (run && run.code !== 0) return { ...unavailableHistory(whyFailed('git cat-file', run)), processes: 3 };
	cache.save();
	const revisions = new Map(
		[...versions].map(([file, list]) => [
			idFromPath(file),
			list.toReversed().flatMap(({ blob, at, boundary }): Revision[] => {
				const read = cache.get(blob);
				return read ? [{ at, ...read, ...(boundary && { boundary }) }] : [];
			}),
		]),
	);
	return { state: shallow ? { kind: 'shallow' } : { kind: 'whole' }, revisions, processes: run ? 3 : 2 };
}

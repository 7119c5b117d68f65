/**
 * Git repositories for tests: commits at chosen moments (author and committer dates both), under a desk's name and
 * address only, whatever the machine's own Git settings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The same for every run: no personal Git settings, no signing, a desk's name. */
const gitEnv = {
	GIT_CONFIG_GLOBAL: '/dev/null',
	GIT_CONFIG_NOSYSTEM: '1',
	GIT_AUTHOR_NAME: 'Test desk',
	GIT_AUTHOR_EMAIL: 'desk@example.org',
	GIT_COMMITTER_NAME: 'Test desk',
	GIT_COMMITTER_EMAIL: 'desk@example.org',
};

/** Runs git in `dir`, with `env` besides; its output. */
export const runGit = (dir: string, args: string[], env: Record<string, string> = {}) =>
	execFileSync('git', args, { cwd: dir, env: { ...process.env, ...gitEnv, ...env }, encoding: 'utf8' });

export interface GitRepo {
	dir: string;
	/** Writes a file, by its path from the repository's root. */
	write(file: string, text: string): void;
	/** Moves a file, as `git mv` would. */
	move(from: string, to: string): void;
	/** Commits everything as it is, at `at` (an ISO date-time with its offset). */
	commit(at: string, message?: string): void;
}

/** A new repository in `dir`, which may hold files already (none is committed yet). */
export function gitRepo(dir: string): GitRepo {
	mkdirSync(dir, { recursive: true });
	runGit(dir, ['init', '-q', '-b', 'main']);
	return {
		dir,
		write(file, text) {
			mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			writeFileSync(path.join(dir, file), text);
		},
		move(from, to) {
			mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
			renameSync(path.join(dir, from), path.join(dir, to));
		},
		commit(at, message = `Commit at ${at}`) {
			runGit(dir, ['add', '-A']);
			runGit(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
		},
	};
}

/** A shallow clone of the repository at `from` into `to`, holding its last `depth` commits. */
export const shallowClone = (from: string, to: string, depth = 1) => runGit(path.dirname(to), ['clone', '-q', '--depth', String(depth), `file://${from}`, to]);

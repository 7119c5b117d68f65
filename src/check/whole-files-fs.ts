/**
 * Files and folders that appear whole or not at all: each is written under a name of its own process's, then renamed,
 * so that a build stopped halfway leaves nothing a later build would take as finished.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** The name a file or folder is written under by this process, before it is renamed to `name`. */
export const partialName = (name: string) => `${name}.${process.pid}.partial`;

/** Writes `file` whole: aside, then renamed; on failure, nothing is left beside it, and the error is thrown. */
export function writeWhole(file: string, content: string | Uint8Array) {
	const partial = partialName(file);
	try {
		writeFileSync(partial, content);
		renameSync(partial, file);
	} catch (error) {
		rmSync(partial, { force: true });
		throw error;
	}
}

/** Whether a name is one a running process is writing under (a stopped build's is left over, and can go). */
export function beingWritten(name: string): boolean {
	const pid = /\.(\d+)\.partial$/.exec(name)?.[1];
	if (!pid) return false;
	try {
		process.kill(Number(pid), 0);
		return true;
	} catch (error) {
		// Another user's process, alive.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

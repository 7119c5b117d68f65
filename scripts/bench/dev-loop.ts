/**
 * The editor's loop, timed: `astro dev` started with no content-layer store,
 * until it serves an article's page; then an edit saved to that article, until
 * the page shows it. Both are timed from outside, as an editor would see them
 * (polling the page every 50 ms).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DevLoop {
	/** From starting `astro dev` to the article's page served whole. */
	firstPageSeconds: number;
	/** From the article's file saved to its page showing the edit. */
	editSeconds: number;
}

/** The page's HTML, or undefined while the server is not answering or not ready. */
async function page(url: string): Promise<string | undefined> {
	const response = await fetch(url, { headers: { accept: 'text/html' } }).catch(() => undefined);
	return response?.ok ? response.text() : undefined;
}

/** Polls `url` until it shows `shows`; stops at once, with the server's last words, if the server has ended. */
async function until(url: string, shows: string, dev: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await page(url))?.includes(shows)) {
		if (dev.exitCode !== null || dev.signalCode !== null) throw new Error(`astro dev ended before ${url} showed "${shows}":\n${log()}`);
		if (Date.now() > deadline) throw new Error(`${url} did not show "${shows}" within ${timeoutMs / 1000} s:\n${log()}`);
		await sleep(50);
	}
}

/**
 * Times the loop in an Astro project whose articles are `src/content/articles/<id>.md` and whose pages are
 * `/articles/<id>/`; `article` is the id; the page counts as served once it arrives whole.
 */
export async function measureDevLoop(
	project: string,
	astro: string,
	{ article, shows = '</html>', port = 4391 }: { article: string; shows?: string; port?: number },
): Promise<DevLoop> {
	for (const dir of ['.astro', 'node_modules/.astro']) rmSync(path.join(project, dir), { recursive: true, force: true });
	const url = `http://localhost:${port}/articles/${encodeURIComponent(article)}/`;
	const started = performance.now();
	const dev = spawn(process.execPath, [astro, 'dev', '--port', String(port)], {
		cwd: project,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const keep = (chunk: Buffer) => (output = (output + chunk).slice(-4000));
	dev.stdout!.on('data', keep);
	dev.stderr!.on('data', keep);
	const log = () => output;
	try {
		await until(url, shows, dev, log, 600_000);
		const firstPageSeconds = (performance.now() - started) / 1000;
		const file = path.join(project, 'src/content/articles', `${article}.md`);
		const edit = `An editor added this sentence at ${Date.now()}.`;
		const saved = performance.now();
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n${edit}\n`);
		await until(url, edit, dev, log, 60_000);
		return { firstPageSeconds, editSeconds: (performance.now() - saved) / 1000 };
	} finally {
		if (dev.exitCode === null && dev.signalCode === null) {
			const exited = new Promise((resolve) => dev.once('exit', resolve));
			dev.kill();
			await exited;
		}
	}
}

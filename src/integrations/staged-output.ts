/**
 * Builds into a staging folder beside the output folder and swaps it in only
 * when the build has finished, so a failed build (bad content or a crash)
 * leaves the last good site exactly as it was.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export default function stagedOutput(): AstroIntegration {
	let outDir = '';
	let stagingDir = '';
	return {
		name: 'dossier:staged-output',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
				stagingDir = `${outDir}.staging`;
				rmSync(stagingDir, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
			},
			'astro:build:done': () => {
				const previous = `${outDir}.previous`;
				rmSync(previous, { recursive: true, force: true });
				if (existsSync(outDir)) renameSync(outDir, previous);
				renameSync(stagingDir, outDir);
				rmSync(previous, { recursive: true, force: true });
			},
		},
	};
}

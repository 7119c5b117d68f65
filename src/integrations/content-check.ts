/**
 * Runs the content check before Astro loads any collection, so a build
 * reports every content problem at once instead of stopping at the first.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../lib/content-files.ts';
import { countOf } from '../lib/format.ts';
import { formatProblems } from '../lib/problems.ts';
import { validateContent } from '../lib/validate.ts';

export default function contentCheck(): AstroIntegration {
	return {
		name: 'dossier:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const problems = validateContent(readContentFiles(fileURLToPath(config.root)));
				if (!problems.length) return;
				logger.error(formatProblems(problems));
				// The dev server keeps running so the editor can fix files and reload.
				if (command !== 'dev') throw new ContentError(problems.length);
			},
		},
	};
}

class ContentError extends Error {
	override name = 'ContentError';
	constructor(count: number) {
		super(`The content has ${countOf(count, 'problem')}, listed above. Nothing was built.`);
		// The report above says everything an editor needs; a stack trace would only bury it.
		this.stack = this.message;
	}
}

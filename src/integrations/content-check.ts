/**
 * Runs the content check before Astro loads any collection, so a build
 * reports every content problem at once instead of stopping at the first.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir, readContentFiles } from '../lib/content-files.ts';
import { formatProblems, validateContent } from '../lib/validate.ts';

export default function contentCheck(): AstroIntegration {
	return {
		name: 'dossier:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const problems = validateContent(readContentFiles(contentDir(root), root));
				if (!problems.length) return;
				const report = formatProblems(problems);
				// The dev server keeps running so the editor can fix files and reload.
				if (command === 'dev') logger.error(report);
				else throw new ContentError(report);
			},
		},
	};
}

class ContentError extends Error {
	override name = 'ContentError';
	constructor(report: string) {
		super(report);
		this.stack = report;
	}
}

/**
 * Runs the content check before Astro loads any collection, so a build
 * reports every content problem at once and ends there, with nothing written.
 * In `astro dev` it checks again whenever a content file changes, and while
 * problems remain every page shows them instead of a page built from bad content.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCache, type CheckCache } from '../check/check-cache-fs.ts';
import { codeVersion } from '../check/code-version-fs.ts';
import { publicFiles, readContentFiles, type FileCache } from '../check/content-files-fs.ts';
import { nounCount } from '../check/english-counts.ts';
import { parseContentFile } from '../check/frontmatter.ts';
import { beginHandover } from '../check/handover.ts';
import { setDraftsAside, type DraftsSetAside } from '../check/drafts.ts';
import { errorsOf, formatProblems } from '../check/problems.ts';
import { scheduledReport } from '../check/scheduled.ts';
import { checkContent } from '../check/validate.ts';
import { publishingNow } from '../model/publishing.ts';
import { devPreview, type DevPreview } from './dev-preview.ts';
import { draftPages } from './problems-page.ts';

/** The check, which hands what it reads to the stages after it (src/check/handover.ts). */
export default function contentCheck(): AstroIntegration {
	// Astro calls this each time it loads astro.config.mjs: once a build, and at each start or restart of astro dev.
	const handover = beginHandover();
	let preview: DevPreview | undefined;
	return {
		name: 'dossier:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const cache: FileCache = new Map();
				// What the last run read is kept for the first check; later checks in astro dev read only the files that changed.
				let stored: CheckCache | undefined = checkCache(fileURLToPath(new URL('dossier-content-check.bin', config.cacheDir)), codeVersion);
				const parse = (raw: string) => handover.keepParse(raw, (stored?.parse ?? parseContentFile)(raw));
				let scheduled: string | undefined;
				// Problems confined to a draft do not stop a build: they are warnings, and the draft is left out (check/drafts.ts).
				let drafts!: DraftsSetAside & { pages: ReturnType<typeof draftPages> };
				const check = () => {
					const files = readContentFiles(root, cache, parse);
					handover.read(files);
					// One moment for the whole check, which the pages then publish at (handover.publishedAt).
					const now = publishingNow();
					const checked = checkContent(files, {
						publicFiles: publicFiles(fileURLToPath(config.publicDir)),
						site: config.site ? new URL(config.site) : undefined,
						root,
						remembered: stored,
						now,
					});
					const aside = setDraftsAside(files, checked.problems);
					drafts = { ...aside, pages: draftPages(files, aside) };
					handover.checked(files, aside.problems, checked, now, aside.leftOut);
					scheduled = scheduledReport(checked.articles.values(), now);
					stored?.save();
					stored = undefined;
					return aside.problems;
				};
				const problems = check();
				// Decided by the command, not by NODE_ENV, so that no build can publish a draft, or a scheduled article early.
				updateConfig({ vite: { define: { 'import.meta.env.PREVIEW_DRAFTS': JSON.stringify(command === 'dev') } } });
				if (command !== 'dev') {
					if (command === 'build') console.log(`Content checked: ${nounCount(cache.size, 'file')}${problems.length ? '' : ', no problems'}.`);
					if (command === 'build' && scheduled && !errorsOf(problems).length) console.log(scheduled);
					if (!problems.length) return;
					// Printed plainly, and the process ends here: Astro would wrap a thrown error in a crash report.
					console.error([formatProblems(problems), ...(drafts.notes.length ? ['', ...drafts.notes] : [])].join('\n'));
					const errors = errorsOf(problems).length;
					if (!errors) return;
					console.error(`\nThe content has ${nounCount(errors, 'problem')}, listed above. Nothing was built.`);
					process.exit(1);
				}
				preview = devPreview({ root, check, cache, problems, handover, logger, draftPage: (url) => drafts.pages(url) });
				updateConfig({ vite: { plugins: [preview.plugin] } });
			},
			'astro:server:setup': ({ refreshContent }) => preview?.reloadWith(refreshContent),
		},
	};
}

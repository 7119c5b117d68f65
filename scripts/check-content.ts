/**
 * `npm run check:content [-- <project folder>]`: validates a project's
 * src/content without building the site, and exits non-zero on any problem.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { site } from '../src/config/site.ts';
import { contentDir, publicFiles, readContentFiles } from '../src/check/content-files-fs.ts';
import { nounCount } from '../src/check/english-counts.ts';
import { errorsOf, formatProblems } from '../src/check/problems.ts';
import { scheduledReport } from '../src/check/scheduled.ts';
import { checkContent } from '../src/check/validate.ts';
import { publishingNow } from '../src/model/publishing.ts';

const root = path.resolve(process.argv[2] ?? '.');
if (!existsSync(contentDir(root))) {
	console.error(`There is no content folder at ${contentDir(root)}.`);
	process.exit(1);
}
const files = readContentFiles(root);
const now = publishingNow();
const { problems, articles } = checkContent(files, {
	publicFiles: publicFiles(path.join(root, 'public')),
	site: new URL(site.url),
	root,
	now,
});
const errors = errorsOf(problems).length;
if (problems.length) console.error(formatProblems(problems));
if (errors) {
	console.error(`\nThe content has ${nounCount(errors, 'problem')}, listed above.`);
	process.exitCode = 1;
} else {
	console.log(`${problems.length ? '\n' : ''}Content OK: ${files.length} files checked.`);
	const scheduled = scheduledReport(articles.values(), now);
	if (scheduled) console.log(scheduled);
}

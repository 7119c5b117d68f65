/**
 * `npm run check:content [-- <project folder>]`: validates a project's
 * src/content without building the site, and exits non-zero on any problem,
 * a draft's included: an editor (or a pull request's status) sees their own
 * draft's mistakes, which a build only warns of. In GitHub Actions it also
 * annotates each problem's line and writes the job summary (docs/editing.md).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { site } from '../src/config/site.ts';
import { contentDir, publicFiles, readContentFiles } from '../src/check/content-files-fs.ts';
import { isDraft } from '../src/check/drafts.ts';
import { nounCount } from '../src/check/english-counts.ts';
import { annotation, summaryMarkdown } from '../src/check/github-report.ts';
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
// In GitHub Actions all goes to one stream, which the runner then reads in the order written (it reads the two
// apart): first the annotations, then the report with workflow commands stopped, so that no editor's text in it (a
// quoted value, a headline) is taken for one.
const inActions = process.env.GITHUB_ACTIONS === 'true';
const say = inActions ? console.error : console.log;
const resume = inActions ? randomUUID() : undefined;
if (inActions) {
	const repository = process.env.GITHUB_WORKSPACE ?? root;
	const fromRepository = problems.map((problem) => ({
		...problem,
		file: path.relative(repository, path.resolve(root, problem.file)).split(path.sep).join('/'),
	}));
	for (const problem of fromRepository) console.error(annotation(problem));
	if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summaryMarkdown(fromRepository, files.length));
	console.error(`::stop-commands::${resume}`);
}
const errors = errorsOf(problems).length;
if (problems.length) console.error(formatProblems(problems));
if (errors) {
	const drafts = new Set(files.filter(isDraft).map((file) => file.path));
	const inDrafts = errorsOf(problems).filter((problem) => drafts.has(problem.file)).length;
	// A build stops on the others only: say so, or the editor wonders why the build passed.
	const note = inDrafts ? ` (${inDrafts} in drafts: \`npm run build\` only warns of those, and leaves the drafts out)` : '';
	console.error(`\nThe content has ${nounCount(errors, 'problem')}, listed above${note}.`);
	process.exitCode = 1;
} else {
	say(`${problems.length ? '\n' : ''}Content OK: ${files.length} files checked.`);
	const scheduled = scheduledReport(articles.values(), now);
	if (scheduled) say(scheduled);
}
if (resume) console.error(`::${resume}::`);

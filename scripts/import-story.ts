/**
 * `npm run import -- story.txt [--root dir]`: turns a plain-text wire story
 * into a draft article in src/content/articles/<date>-<slug>.md, with the wire
 * copy kept in a notes block the site never renders (scripts/lib/wire-import.ts).
 * Exits 2 on a usage error, 1 when the draft cannot be written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { contentDir, readContentFiles } from '../src/check/content-files-fs.ts';
import { todayIn } from '../src/model/dates.ts';
import { parseContentFile } from '../src/check/frontmatter.ts';
import { formatProblems } from '../src/check/problems.ts';
import { validateContent } from '../src/check/validate.ts';
import type { ContentFile } from '../src/check/content-file.ts';
import { importWireStory } from './lib/wire-import.ts';

const usage = `Usage: npm run import -- <story.txt> [--root <project folder>]

Turns a plain-text wire story into a draft article in src/content/articles/,
with the wire copy kept in a notes block that is never published.`;

function fail(message: string, code: 1 | 2): never {
	console.error(code === 2 ? `${message}\n\n${usage}` : message);
	process.exit(code);
}

// `npm run` starts scripts in the project folder; paths on the command line are the caller's.
const callerDir = (process.env.npm_lifecycle_event === 'import' && process.env.INIT_CWD) || process.cwd();

let args: ReturnType<typeof parse>;
const parse = () => parseArgs({ options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
try {
	args = parse();
} catch (error) {
	fail((error as Error).message, 2);
}
if (args.values.help) {
	console.log(usage);
	process.exit(0);
}
if (args.positionals.length !== 1) fail(args.positionals.length ? 'Give one story at a time.' : 'Which story? Give the path of a .txt file.', 2);

const storyPath = path.resolve(callerDir, args.positionals[0]!);
const root = args.values.root ? path.resolve(callerDir, args.values.root) : process.cwd();
if (!existsSync(contentDir(root))) fail(`There is no content folder at ${contentDir(root)}: is ${root} a Dossier project? Use --root to name one.`, 2);
let story: string;
try {
	story = readFileSync(storyPath, 'utf8');
} catch {
	fail(`Cannot read the story at ${storyPath}.`, 2);
}

const files = readContentFiles(root);
let draft: ReturnType<typeof importWireStory>;
try {
	draft = importWireStory(story, { files, today: todayIn(site.timeZone), storyName: path.basename(storyPath) });
} catch (error) {
	fail(`${storyPath}: ${(error as Error).message}`, 1);
}

const target = path.join(contentDir(root), 'articles', `${draft.id}.md`);
const relative = path.relative(root, target);
const sameId = files.find((file) => file.collection === 'articles' && file.id === draft.id);
if (existsSync(target) || sameId) {
	const existing = path.relative(callerDir, sameId ? path.join(root, sameId.path) : target);
	fail(`${existing} already exists: not overwritten. Rename or remove it, or edit it by hand.`, 1);
}

// The draft must pass the content check together with everything already there, read as the check reads files.
const file: ContentFile = { collection: 'articles', path: relative, id: draft.id, raw: draft.markdown, ...parseContentFile(draft.markdown) };
const problems = validateContent([...files, file]);
const own = problems.filter((problem) => problem.file === relative);
if (own.length) fail(`The draft would not pass the content check, so it was not written.\n\n${formatProblems(own)}`, 1);

mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, draft.markdown, { flag: 'wx' });
console.log(`Wrote ${path.relative(callerDir, target)} (draft: true).

Next: open it and follow the notes block under the frontmatter. Write the explainer in your own words from the wire copy,
rewrite the title and summary, check the date, and uncomment the suggested \`actors:\` and \`sources:\` lines you want
(give a source entry the story's own address, or leave its url out). Delete the notes block before publishing, then run \`npm run check:content\`.`);
if (problems.length > own.length) {
	console.warn(`\nNote: other content files already fail the content check (${problems.length - own.length} problems); run \`npm run check:content\`.`);
}

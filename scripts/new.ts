/**
 * `npm run new -- <kind> "Title or name" [--root <project folder>]`: writes a
 * new content file with every required field filled in and every optional one
 * as a comment, then says where it is and what to do next. Never overwrites a
 * file: exits with 1 when the id is taken, with 2 on a request it cannot read.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { contentDir, idFromPath } from '../src/check/content-files-fs.ts';
import { isKind, type Kind, scaffold, UsageError, usage } from './lib/scaffold.ts';

function fail(code: 1 | 2, message: string): never {
	console.error(code === 2 ? `${message}\n\n${usage}` : message);
	process.exit(code);
}

/** How to show a path: from the current folder when it is inside it, whole otherwise. */
function shown(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** A file of the collection, in any subfolder, whose name already gives `id`. */
function fileWithId(folder: string, id: string): string | undefined {
	if (!existsSync(folder)) return undefined;
	const names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	const name = names.find((name) => /\.md$/i.test(name) && idFromPath(name).normalize('NFC') === id);
	return name && path.join(folder, name);
}

function readArgs() {
	try {
		return parseArgs({ options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
	} catch (error) {
		return fail(2, (error as Error).message);
	}
}

const args = readArgs();
if (args.values.help) {
	console.log(usage);
	process.exit(0);
}
const [kind, ...words] = args.positionals;
if (!kind) fail(2, 'Say what to create, and its title or name.');
if (!isKind(kind)) fail(2, `"${kind}" is not a kind of content.`);

const root = path.resolve(args.values.root ?? '.');
if (!existsSync(contentDir(root)))
	fail(1, `There is no content folder at ${contentDir(root)}: run this in the project folder, or pass --root <project folder>.`);

function newFile(kind: Kind, title: string) {
	try {
		return scaffold(kind, title, { timeZone: site.timeZone ?? 'UTC' });
	} catch (error) {
		if (error instanceof UsageError) fail(2, error.message);
		if (error instanceof RangeError) fail(1, `site.timeZone in src/config/site.ts is not an IANA time zone such as Europe/Warsaw: ${error.message}`);
		throw error;
	}
}

// Unquoted words are one title: npm run new -- actor Łódź Port Authority.
const file = newFile(kind, words.join(' '));
const target = path.join(root, file.path);
const taken = fileWithId(path.dirname(target), file.id);
const refuse = (existing: string) =>
	fail(
		1,
		`${shown(existing)} already ${existing === target ? 'exists' : `has the id "${file.id}"`}: not overwriting it. Edit that file, or choose another title.`,
	);
if (taken) refuse(taken);
mkdirSync(path.dirname(target), { recursive: true });
try {
	writeFileSync(target, file.text, { flag: 'wx' });
} catch (error) {
	if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuse(target);
	throw error;
}
console.log(`Created ${shown(target)}`);
for (const line of file.next) console.log(line);

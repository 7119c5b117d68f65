/** Files under src/content that the build would pass over without a word: each gets a problem, and an unused picture a warning. */
import path from 'node:path';
import type { Problem } from '../problems.ts';
import { collectionNames } from '../../model/schemas.ts';
import { pictureEndingsInWords } from '../../model/picture-types.ts';
import type { ContentFile } from '../content-file.ts';

/** What to do with a file that is not a collection's Markdown. */
function strayFix(file: ContentFile): Pick<Problem, 'message' | 'fix'> {
	const name = path.basename(file.path);
	const stem = name.replace(/\.(markdown|mdx?|md\.txt|txt)$/i, '');
	const inCollection = (collectionNames as string[]).includes(file.path.split(path.sep)[2] ?? '') && file.path.split(path.sep).length > 3;
	if (/\.md$/.test(name) && !inCollection) {
		return {
			message: 'is outside the collection folders, so the build does not read it',
			fix: `move it into one of ${collectionNames.map((name) => `src/content/${name}/`).join(', ')}`,
		};
	}
	if (stem !== name) return { message: 'is not read: only files whose names end in .md (lowercase) are content', fix: `rename it to ${stem}.md` };
	return {
		message: 'is not a content file, so the build does not read it',
		fix: `move it out of src/content (pictures may stay, for lead pictures: ${pictureEndingsInWords})`,
	};
}

/** Problems for stray files; warnings for pictures that no content file names. */
export function strayProblems(files: readonly ContentFile[]): Problem[] {
	const markdown = files.filter((file) => !file.format);
	return files.flatMap((file): Problem[] => {
		if (file.format === 'other') return [{ file: file.path, field: '(file name)', ...strayFix(file) }];
		if (file.format !== 'image') return [];
		const name = path.basename(file.path);
		if (markdown.some((other) => other.raw.includes(name))) return [];
		return [{ file: file.path, severity: 'warning', message: 'is a picture that no content file shows', fix: 'show it in an article or remove it' }];
	});
}

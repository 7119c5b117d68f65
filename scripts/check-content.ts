/** `npm run check:content`: validates the content folder without building the site. */
import { readContentFiles } from '../src/lib/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validate.ts';

const files = readContentFiles();
const problems = validateContent(files);
if (problems.length) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
} else {
	console.log(`Content OK: ${files.length} files checked.`);
}

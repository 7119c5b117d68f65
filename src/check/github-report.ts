/**
 * The content check's report where GitHub shows it on a pull request: one annotation per problem on its file and
 * line (a workflow command the Actions runner reads from the log), and the job summary in Markdown. Every piece of
 * a problem can hold an editor's own text, so each is escaped for where it goes.
 */
import { nounCount } from './english-counts.ts';
import { fieldLabel, type Problem, problemsCounted } from './problems.ts';

/** A workflow command's message, as GitHub's toolkit escapes it: a line break would end the command. */
export const commandData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A workflow command's property value: also no `:` (which would end the properties) nor `,` (the next property). */
export const commandProperty = (text: string) => commandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `::error file=…,line=…,title=…::message` (`::warning` for a warning), for a problem whose file is a path from the repository's root. */
export function annotation(problem: Problem): string {
	const title = fieldLabel(problem.field);
	const properties = [
		`file=${commandProperty(problem.file)}`,
		...(problem.line ? [`line=${problem.line}`] : []),
		...(title ? [`title=${commandProperty(title)}`] : []),
	];
	const message = problem.fix ? `${problem.message}\nFix: ${problem.fix}` : problem.message;
	return `::${problem.severity ?? 'error'} ${properties.join(',')}::${commandData(message)}`;
}

/**
 * Text for a Markdown table cell or heading, shown as written. Spans in backticks (`title:`, as fixes write field
 * names) stay code, unless they hold a pipe or backslash, which a table cell cannot keep inside code; everything
 * else that Markdown or HTML would read (`*`, `<`, `&`, `|`, `#`, an unmatched backtick …) is backslash-escaped, and a
 * line break, which would end the table, becomes a space.
 */
export function markdownText(text: string): string {
	return text
		.replace(/\r\n?|\n/g, ' ')
		.split(/(`[^`|\\]+`)/)
		.map((part, index) => (index % 2 ? part : part.replace(/[\\`*_[\]<>&|~$#]/g, '\\$&')))
		.join('');
}

/** The job summary: a heading, then each file's problems as a table of field, line, problem and fix; or "No problems". */
export function summaryMarkdown(problems: readonly Problem[], filesChecked: number): string {
	const heading = '## Content check\n\n';
	if (!problems.length) return `${heading}No problems: ${nounCount(filesChecked, 'file')} checked.\n`;
	const sections = [...Map.groupBy(problems, (problem) => problem.file)].map(([file, list]) => {
		const rows = list.map(({ field, line, message, fix, severity }) => {
			const cells = [fieldLabel(field), line ? String(line) : '', `${severity ? 'Warning: ' : ''}${message}`, fix ?? ''];
			return `| ${cells.map(markdownText).join(' | ')} |`;
		});
		return [`### ${markdownText(file)}`, '', '| Field | Line | Problem | Fix |', '| --- | --- | --- | --- |', ...rows].join('\n');
	});
	return `${heading}Dossier found ${problemsCounted(problems)}.\n\n${sections.join('\n\n')}\n`;
}

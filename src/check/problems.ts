/** Content problems as editors read them: each with the file, the field, what is wrong and the fix. */
import type { core } from 'astro/zod';
import { nounCount, nounFor } from './english-counts.ts';

/** One thing an editor must fix. */
export interface Problem {
	file: string;
	/** Field path, e.g. `demands[0].positions[1].stance`. */
	field?: string;
	/** The file's line the problem is on, when it is on one. */
	line?: number;
	/** A warning is reported but does not stop the build. */
	severity?: 'warning';
	message: string;
	fix?: string;
}

/** Formats a zod path the way editors write YAML: `demands[0].positions[1].stance`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** What the items of each list field are called, for "2nd position". */
export const itemNames: Record<string, string> = {
	demands: 'demand',
	positions: 'position',
	sources: 'source',
	corrections: 'correction',
	actors: 'actor',
	topics: 'topic',
	addressedTo: 'addressee',
	aliases: 'alias',
	forms: 'form',
	formerIds: 'former id',
};

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinalSuffix: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
const ordinal = (n: number) => `${n}${ordinalSuffix[ordinalRules.select(n)] ?? 'th'}`;

/** Where a field is, as an editor counts: "1st demand, 2nd position, line 14". */
export function humanPosition(field: string | undefined, line: number | undefined): string {
	const items = [...(field ?? '').matchAll(/([^.[\]]+)\[(\d+)\]/g)].map(([, list, index]) => `${ordinal(Number(index) + 1)} ${itemNames[list!] ?? 'item'}`);
	return [...items, ...(line ? [`line ${line}`] : [])].join(', ');
}

const describeType = (value: unknown) =>
	value === null
		? 'nothing'
		: Array.isArray(value)
			? 'a list'
			: value instanceof Date
				? 'a date'
				: typeof value === 'object'
					? 'a mapping of fields'
					: `a ${typeof value}`;

const expectedType: Record<string, string> = {
	string: 'text',
	array: 'a list, e.g. [a, b]',
	object: 'a mapping of fields',
	boolean: 'true or false',
	date: 'a date',
	number: 'a number',
};

/** What to write in a field that must not be missing or empty, where "a value" says too little. */
const valueHints: Record<string, string> = {
	alt: 'describe what the picture shows, for readers who cannot see it (e.g. alt: "Delegates seated at the table in Jeddah")',
};

/** The field a fix speaks of, as editors write it: "`title`", or "each item of `topics`" for a list's item. */
function subjectOf(path: readonly PropertyKey[]): { key: string; subject: string } {
	const key = String(path.findLast((part) => typeof part === 'string') ?? 'the value');
	return { key, subject: typeof path.at(-1) === 'number' ? `each item of \`${key}\`` : `\`${key}\`` };
}

/** A schema's complaint about one field, in an editor's words; every fix names the field. */
export function fromZodIssue(file: string, issue: core.$ZodIssue): Problem {
	const field = fieldPath(issue.path) || undefined;
	const { key, subject } = subjectOf(issue.path);
	const hint = valueHints[key];
	if (hint && (issue.input === undefined || issue.code === 'too_small')) {
		return { file, field, message: issue.input === undefined ? 'is required but missing' : 'is empty', fix: hint };
	}
	if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
		const allowed = issue.code === 'invalid_value' ? `: one of ${issue.values.map(String).join(' | ')}` : '';
		return { file, field, message: 'is required but missing', fix: `add \`${key}:\` with a value${allowed}` };
	}
	switch (issue.code) {
		case 'invalid_type':
			if (issue.expected === 'date') {
				return {
					file,
					field,
					message: `is not a valid date (got ${JSON.stringify(issue.input)})`,
					fix: `write ${subject} as 2025-03-13 or 2025-03-13T09:30:00+01:00`,
				};
			}
			return {
				file,
				field,
				message: `has the wrong type: got ${describeType(issue.input)}`,
				fix: `write ${subject} as ${expectedType[issue.expected] ?? issue.expected}`,
			};
		case 'invalid_value':
			return {
				file,
				field,
				message: `${JSON.stringify(issue.input)} is not an allowed value`,
				fix: `set ${subject} to one of: ${issue.values.map(String).join(' | ')}`,
			};
		case 'too_big':
			return issue.origin === 'string'
				? { file, field, message: `is ${String(issue.input).length} characters long`, fix: `shorten ${subject} to at most ${issue.maximum} characters` }
				: { file, field, message: issue.message, fix: `keep ${subject} to at most ${issue.maximum}` };
		case 'too_small':
			return { file, field, message: 'is empty', fix: `write a value in ${subject}, or remove the field if it is optional` };
		case 'invalid_format':
			if (issue.format === 'url') {
				return {
					file,
					field,
					message: `${issue.message} (got ${JSON.stringify(issue.input)})`,
					fix: `write ${subject} as a full address starting with https:// (or http://)`,
				};
			}
			break;
	}
	// Our own rules (refinements, and text that must match a pattern) carry their fix along, and say when they only warn.
	const { fix, severity } = (issue as { params?: Pick<Problem, 'fix' | 'severity'> }).params ?? {};
	return { file, field, message: issue.message, fix, ...(severity && { severity }) };
}

/** Problems that stop the build: all but warnings. */
export const errorsOf = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity !== 'warning');

/** A field with where it is as an editor counts: "demands[0].stance (1st demand, line 14)"; empty for neither. */
export function fieldLabel(field: string | undefined, line?: number): string {
	const where = humanPosition(field, line);
	return [field, where && `(${where})`].filter(Boolean).join(' ');
}

/** How many problems and warnings, in how many files: "2 content problems and 1 warning in 2 files". */
export function problemsCounted(problems: readonly Problem[]): string {
	const errors = errorsOf(problems).length;
	const warnings = problems.length - errors;
	const counted = [errors && `${errors} content ${nounFor(errors, 'problem')}`, warnings && nounCount(warnings, 'warning')].filter(Boolean).join(' and ');
	return `${counted} in ${nounCount(new Set(problems.map((problem) => problem.file)).size, 'file')}`;
}

/** The report editors read: every problem, grouped by file, warnings marked as such. */
export function formatProblems(problems: readonly Problem[]): string {
	const lines = [`Dossier found ${problemsCounted(problems)}:`];
	for (const [file, list] of Map.groupBy(problems, (problem) => problem.file)) {
		lines.push('', file);
		for (const { field, line, message, fix, severity } of list) {
			const label = fieldLabel(field, line);
			lines.push(`  ${severity ? `${severity}: ` : ''}${label ? `${label}: ` : ''}${message}`);
			if (fix) lines.push(`    fix: ${fix}`);
		}
	}
	return lines.join('\n');
}

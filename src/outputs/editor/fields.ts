/**
 * A content schema as the web editor's form fields (Sveltia CMS's configuration, which Decap CMS also reads).
 * The zod schema is first turned into JSON Schema, which says plainly what is required, what each field is
 * and its limits; the field roles (model/field-roles.ts) say what a string cannot: that it names a file of
 * another kind, is a date, or is a picture's path.
 */
import { z } from 'astro/zod';
import { nameFields } from '../../model/entities.ts';
import { meaningsOf } from '../../model/enum-meanings.ts';
import { type FieldRole, fieldRoles } from '../../model/field-roles.ts';

/** The part of JSON Schema that zod writes for the content schemas. */
interface JsonNode {
	type?: string;
	description?: string;
	properties?: Record<string, JsonNode>;
	required?: string[];
	items?: JsonNode;
	enum?: string[];
	maxLength?: number;
	pattern?: string;
	role?: FieldRole;
}

/** One form field, as the editor's configuration writes it. */
export type EditorField = { name: string; label: string; widget: string; required?: false; hint?: string } & Record<string, unknown>;

/** Fields whose text runs to sentences get a box of several lines; the rest, one line. */
const paragraphs = new Set(['summary', 'note', 'text', 'caption']);

/** Fields whose rule spans the file, which a form of one field cannot check: the content check answers them. */
const checkedLater: Readonly<Record<string, string>> = {
	cite: 'The form does not check it: the content check does, on the change, and says what to write.',
};

const dateHint = 'A day as 2025-03-13, or a moment with its offset from UTC as 2025-03-13T09:30:00+01:00.';

/** Labels a field's name does not give. */
const labels: Readonly<Record<string, string>> = {
	src: 'Picture file',
	alt: 'Text alternative',
	lang: 'Language',
	key: 'Citation key',
	cite: 'Citation key of the report',
	url: 'Address',
	image: 'Lead picture',
	by: 'Made by',
};

/** A field's label, from its name: addressedTo is "Addressed to". */
export const labelOf = (name: string) => {
	if (Object.hasOwn(labels, name)) return labels[name]!;
	const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * What an item of a list is called where its list's name does not say: an article's demands are entries that
 * name a demand, whose own field offers to add a demand file, and its sources are citations of a source.
 */
const itemLabels: Readonly<Record<string, string>> = { demands: 'Demand covered', sources: 'Citation' };

/** What one item of a list is called: Positions holds positions, Aliases aliases. */
const singularOf = (label: string) => label.replace(/(?<=s)es$|s$/, '');

/** The zod schema as JSON Schema, with each field's role beside it. */
export function jsonSchemaOf(schema: z.ZodType): JsonNode {
	return z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const role = fieldRoles.get(zodSchema);
			if (role) jsonSchema.role = role;
		},
	}) as JsonNode;
}

/** What a form field takes, by the schema's node: a choice, a picked file, a list, a group of fields or text. */
function widgetOf(name: string, node: JsonNode): Record<string, unknown> {
	const role = node.role;
	if (role?.role === 'reference') return relation(role.kind, false);
	if (role?.role === 'date') return { widget: 'string', pattern: [node.pattern, 'write a day as 2025-03-13, or a moment as 2025-03-13T09:30:00+01:00'] };
	if (role?.role === 'picture') return { widget: 'image' };
	// A rename is made by hand (docs/editing.md): the form keeps a file's former ids as they are and offers none.
	if (role?.role === 'former-ids') return { widget: 'hidden' };
	if (node.enum) return select(node.enum);
	// A switch writes `false` into every file it saves; a choice left empty leaves the field out, as the editor had it.
	if (node.type === 'boolean')
		return {
			widget: 'select',
			options: [
				{ label: 'yes', value: true },
				{ label: 'no', value: false },
			],
		};
	if (node.type === 'object') return { widget: 'object', fields: fieldsOf(node) };
	if (node.type === 'array') {
		const items = node.items ?? {};
		if (items.role?.role === 'reference') return relation(items.role.kind, true);
		const list = { widget: 'list', label_singular: itemLabels[name] ?? singularOf(labelOf(name)) };
		if (items.type !== 'object') return list;
		// A collapsed item is shown by its first required field: a position by its party, a citation by its source.
		const shownBy = items.required?.[0];
		return { ...list, ...(shownBy ? { summary: `{{fields.${shownBy}}}` } : {}), fields: fieldsOf(items) };
	}
	return {};
}

/** A file of another kind, picked by its name and stored by its id. */
function relation(kind: keyof typeof nameFields, multiple: boolean): Record<string, unknown> {
	const name = nameFields[kind];
	return {
		widget: 'relation',
		collection: kind,
		value_field: '{{slug}}',
		search_fields: [name],
		display_fields: [name],
		...(multiple ? { multiple: true } : {}),
	};
}

/** A choice among an enum's values, each shown with what it means. */
function select(values: readonly string[]): Record<string, unknown> {
	const meanings = meaningsOf(values);
	return { widget: 'select', options: values.map((value) => ({ label: meanings ? `${value}: ${meanings[value]}` : value, value })) };
}

/** One form field for a property of the schema. */
function fieldOf(name: string, node: JsonNode, required: boolean): EditorField {
	const widget = widgetOf(name, node);
	// A hidden field keeps its value and shows nothing, so it has nothing to say.
	if (widget.widget === 'hidden') return { name, label: labelOf(name), widget: 'hidden' };
	const text =
		widget.widget === undefined ? { widget: paragraphs.has(name) ? 'text' : 'string', ...(node.maxLength ? { maxlength: node.maxLength } : {}) } : {};
	const hint = [node.description, node.role?.role === 'date' ? dateHint : undefined, checkedLater[name]].filter(Boolean).join(' ');
	return {
		name,
		label: labelOf(name),
		...text,
		...widget,
		...(required ? {} : { required: false as const }),
		...(hint ? { hint } : {}),
	} as EditorField;
}

/** The form fields of an object of the schema, in the schema's order. */
export function fieldsOf(node: JsonNode): EditorField[] {
	const required = new Set(node.required ?? []);
	return Object.entries(node.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name)));
}

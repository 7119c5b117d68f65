/**
 * Where each field of a collection sits, read from its zod schema itself: the
 * levels of a file (the file, a demand entry, a position, the lead picture…)
 * and the keys each takes. An unknown key is told the level it belongs to from
 * this, so a field added to a schema is known everywhere at once.
 */
import type { z } from 'astro/zod';

/** One mapping of fields a file may hold. */
export interface Level {
	/** Where it is, as an editor writes the path, with `[]` for any item of a list: '' (the file), 'image', 'demands[].positions[]'. */
	path: string;
	/** The list field whose items it is (`positions`), or the field that holds it (`image`); undefined for the file itself. */
	field?: string;
	/** Whether it is an item of a list rather than the value of one field. */
	item: boolean;
	/** Its fields, in the schema's order, with their schemas. */
	shape: Readonly<Record<string, z.ZodType>>;
	/** The fields that must be written. */
	required: readonly string[];
}

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	in?: z.ZodType;
	element?: z.ZodType;
	getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The schema a value is read with, without what only wraps it (optional, default, a transform after it…). */
export function unwrapped(schema: z.ZodType): z.ZodType {
	const def = defOf(schema);
	if (def.innerType) return unwrapped(def.innerType);
	if (def.type === 'pipe' && def.in) return unwrapped(def.in);
	if (def.type === 'lazy' && def.getter) return unwrapped(def.getter());
	return schema;
}

/** A field an editor may leave out: it is optional or has a default. */
const optional = (schema: z.ZodType) => schema._zod.optin !== undefined;

const layouts = new WeakMap<z.ZodType, Level[]>();

/** Every level of a file read with `schema`, the file's own first. */
export function levelsOf(schema: z.ZodType): Level[] {
	let levels = layouts.get(schema);
	if (!levels) layouts.set(schema, (levels = collect(schema, '', undefined, false)));
	return levels;
}

function collect(schema: z.ZodType, path: string, field: string | undefined, item: boolean): Level[] {
	const def = defOf(unwrapped(schema));
	if (def.type === 'array' && def.element) return collect(def.element, `${path}[]`, field, true);
	if (def.type !== 'object' || !def.shape) return [];
	const shape = def.shape;
	const required = Object.keys(shape).filter((key) => !optional(shape[key]!));
	const inner = Object.entries(shape).flatMap(([key, value]) => collect(value, path ? `${path}.${key}` : key, key, false));
	return [{ path, field, item, shape, required }, ...inner];
}

/** The level of a field path such as ['demands', 0, 'positions', 1]: its list indexes read as any item. */
export const levelPath = (path: readonly PropertyKey[]) =>
	path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[]` : out ? `${out}.${String(key)}` : String(key)), '');

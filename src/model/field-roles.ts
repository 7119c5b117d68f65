/**
 * What a field means beyond its zod type, for tools that build forms from the schemas (outputs/editor/): a
 * reference is a string that names a file of one kind, a date is a string in one of two shapes, a picture is
 * a path from the file, and former ids are what a rename leaves behind. The field factories register their
 * schemas here; the registry follows a schema through `.describe()` and other clones, as zod's own does.
 */
import { z } from 'astro/zod';
import type { EntityKind } from './entity-kinds.ts';

export type FieldRole = { role: 'reference'; kind: EntityKind } | { role: 'date' } | { role: 'picture' } | { role: 'former-ids' };

export const fieldRoles = z.registry<FieldRole>();

/** The little of these untyped packages that test/helpers/json-ld-validator.ts uses. */
declare module '@adobe/structured-data-validator' {
	export default class Validator {
		constructor(schemaOrgJson?: unknown);
		validate(extracted: { jsonld?: unknown; errors?: unknown }): Promise<unknown[]>;
	}
}

declare module '@marbec/web-auto-extractor' {
	export default class WebAutoExtractor {
		constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] });
		parse(html: string): { jsonld: Record<string, unknown[]>; errors?: unknown[] };
	}
}

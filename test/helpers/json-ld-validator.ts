/**
 * An offline check of a page's JSON-LD, the way a search engine reads it:
 * @marbec/web-auto-extractor pulls the JSON-LD out of the HTML,
 * @adobe/structured-data-validator checks it against the schema.org
 * vocabulary (from @vocabulary/schema, no network) and its own rules for
 * Organization, Person, ImageObject and BreadcrumbList, and the table below
 * adds Google's documented properties for the types Adobe has no rules for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { historySegment, paths } from '../../src/model/urls.ts';

/**
 * Google's documented properties, by type: `required` missing is an error,
 * `recommended` missing a warning. A dotted path reads into a nested node,
 * following an {"@id"} to the node of that id on the same page.
 * - NewsArticle: what structured-data-testing-tool's Google preset expects
 *   (the measure of issue 12) and Google's Article guide recommends
 *   (developers.google.com/search/docs/appearance/structured-data/article).
 * - Event: Google's Event guide requires name, startDate, location and the location's address.
 * - WebSite and Organization: Google's site-name and organization guides.
 */
export const googleRules: Record<string, { required: string[]; recommended: string[] }> = {
	NewsArticle: {
		required: ['headline', 'image', 'datePublished', 'author', 'author.name', 'publisher.@type', 'publisher.name', 'publisher.logo', 'publisher.logo.url'],
		recommended: ['dateModified', 'mainEntityOfPage', 'author.url', 'inLanguage', '@id'],
	},
	Event: { required: ['name', 'startDate', 'location', 'location.address'], recommended: ['location.name', 'endDate', 'description'] },
	WebSite: { required: ['name', 'url', 'publisher.name', 'publisher.url', 'publisher.logo'], recommended: ['@id', 'inLanguage', 'publisher.@id'] },
};

/**
 * The nodes issue 12 asks of each kind of page (pageKind): the home page
 * names the site and its publisher; every page below it has its trail.
 */
export const expectedTypes: [RegExp, string[]][] = [
	[/^home$/, ['WebSite']],
	[/^article$/, ['NewsArticle', 'BreadcrumbList']],
	[/^article history$/, ['BreadcrumbList']],
	[/ (entity|index)/, ['BreadcrumbList']],
	[/^home page n$/, ['BreadcrumbList']],
	[/^\/(corrections|data|search)\/$/, ['BreadcrumbList']],
];

export interface Issue {
	severity: 'ERROR' | 'WARNING';
	/** The top-level node's type, and the nested node's when deeper. */
	type: string;
	message: string;
	by: 'adobe' | 'google' | 'dossier';
}

type Node = Record<string, unknown>;

/** schema.org's classes and properties, in the shape Adobe's validator reads (schemaorg-all-https.jsonld), from the N-Quads @vocabulary/schema ships. */
function vocabulary() {
	const file = path.join(path.dirname(createRequire(import.meta.url).resolve('@vocabulary/schema')), 'schema.nq');
	const nodes = new Map<string, Node>();
	const node = (id: string) => nodes.get(id) ?? nodes.set(id, { '@id': id }).get(id)!;
	const add = (n: Node, key: string, value: unknown) => (n[key] = n[key] === undefined ? value : [n[key], value].flat());
	const schema = (iri: string) => iri.replace('http://schema.org/', 'schema:');
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const match = line.match(/^<http:\/\/schema\.org\/([^>]+)> <([^>]+)> <([^>]+)>/);
		if (!match) continue;
		const [, subject, predicate, object] = match as unknown as [string, string, string, string];
		const n = node(`schema:${subject}`);
		if (predicate.endsWith('#type') && object.endsWith('rdf-schema#Class')) n['@type'] = 'rdfs:Class';
		else if (predicate.endsWith('#type') && object.endsWith('rdf-syntax-ns#Property')) n['@type'] = 'rdf:Property';
		else if (predicate.endsWith('#subClassOf') && object.startsWith('http://schema.org/')) add(n, 'rdfs:subClassOf', { '@id': schema(object) });
		else if (predicate === 'http://schema.org/domainIncludes') add(n, 'schema:domainIncludes', { '@id': schema(object) });
	}
	// Data types (Text, URL, Date…) are classes too.
	return { '@graph': [...nodes.values()].map((n) => (n['@type'] ? n : { ...n, '@type': 'rdfs:Class' })) };
}

let validator: InstanceType<typeof Validator> | undefined;

/** Reads `key` (a.b.c) from `node`, following {"@id"} references to nodes on the page. */
function read(node: unknown, key: string, byId: Map<string, Node>): unknown {
	let value: unknown = node;
	for (const part of key.split('.')) {
		if (Array.isArray(value)) value = value[0];
		if (!value || typeof value !== 'object') return undefined;
		const n = value as Node;
		value = n[part] ?? (typeof n['@id'] === 'string' ? byId.get(n['@id'])?.[part] : undefined);
	}
	return value;
}

const typesOf = (node: Node) => [node['@type']].flat().filter((type): type is string => typeof type === 'string');

/** The Google table's issues for the top-level nodes of a page. */
export function googleIssues(nodes: readonly Node[]): Issue[] {
	const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
	return nodes.flatMap((node) =>
		typesOf(node).flatMap((type) => {
			const rules = googleRules[type];
			if (!rules) return [];
			const missing = (key: string) => [undefined, null, ''].includes(read(node, key, byId) as never);
			return [
				...rules.required.filter(missing).map((key): Issue => ({ severity: 'ERROR', type, message: `Required attribute "${key}" is missing`, by: 'google' })),
				...rules.recommended
					.filter(missing)
					.map((key): Issue => ({ severity: 'WARNING', type, message: `Recommended attribute "${key}" is missing`, by: 'google' })),
			];
		}),
	);
}

/** The top-level JSON-LD nodes of a page (the members of an @graph count as top-level). */
export function jsonLdNodes(html: string): Node[] {
	const scripts = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Node);
	return scripts.flatMap((data) => (Array.isArray(data['@graph']) ? (data['@graph'] as Node[]) : [data]));
}

/** Every issue the validators find in a page's JSON-LD. */
export async function validatePage(url: string, html: string): Promise<Issue[]> {
	validator ??= new Validator(vocabulary());
	const extracted = new WebAutoExtractor({ addLocation: false, embedSource: false }).parse(html);
	const adobe = (await validator.validate({ jsonld: extracted.jsonld, errors: extracted.errors })) as {
		severity: Issue['severity'];
		issueMessage: string;
		rootType: string;
		path?: { type?: string }[];
	}[];
	return [
		...adobe.map((issue): Issue => {
			const nested = issue.path?.at(-1)?.type;
			return {
				severity: issue.severity,
				type: nested && nested !== issue.rootType ? `${issue.rootType} > ${nested}` : issue.rootType,
				message: issue.issueMessage,
				by: 'adobe',
			};
		}),
		...googleIssues(jsonLdNodes(html)),
		...missingNodes(pageKind(url), jsonLdNodes(html)),
	];
}

/** A node issue 12 expects on this kind of page and the page lacks. */
export function missingNodes(kind: string, nodes: readonly Node[]): Issue[] {
	const types = new Set(nodes.flatMap(typesOf));
	return expectedTypes
		.filter(([pattern]) => pattern.test(kind))
		.flatMap(([, expected]) => expected.filter((type) => !types.has(type)))
		.map((type): Issue => ({ severity: 'ERROR', type, message: `no ${type} node on this page`, by: 'dossier' }));
}

/** What a page is, for the report: its URL with ids and page numbers folded. */
export function pageKind(url: string): string {
	const parts = url.split('/').filter(Boolean);
	const paged = parts.includes('page') ? ' page n' : '';
	const [first, second, third] = parts.filter((part, i) => part !== 'page' && parts[i - 1] !== 'page');
	if (!first) return `home${paged}`;
	if (first === 'articles') return second ? (third === historySegment ? 'article history' : 'article') : `articles index${paged}`;
	if (`/${first}/${second}/` === paths.demandsByName) return `demands index by name${paged}`;
	if (['actors', 'demands', 'sources', 'topics'].includes(first)) return second ? `${first} entity${paged}` : `${first} index${paged}`;
	return first.endsWith('.html') ? `/${first}` : `/${first}/`;
}

/** Issues grouped by kind of page: each distinct issue once, with how many pages of that kind have it. */
export function report(pages: readonly { url: string; issues: readonly Issue[] }[]): string {
	const kinds = new Map<string, { pages: number; issues: Map<string, number> }>();
	for (const { url, issues } of pages) {
		const kind = kinds.get(pageKind(url)) ?? kinds.set(pageKind(url), { pages: 0, issues: new Map() }).get(pageKind(url))!;
		kind.pages += 1;
		for (const line of new Set(issues.map((i) => `${i.severity.padEnd(7)} ${i.type}: ${i.message} (${i.by})`)))
			kind.issues.set(line, (kind.issues.get(line) ?? 0) + 1);
	}
	return [...kinds]
		.toSorted(([a], [b]) => a.localeCompare(b))
		.map(([kind, { pages, issues }]) =>
			[
				`${kind} (${pages} page${pages === 1 ? '' : 's'})`,
				...(issues.size ? [...issues].toSorted().map(([line, n]) => `  ${line} ×${n}`) : ['  no issues']),
			].join('\n'),
		)
		.join('\n');
}

/** Every HTML page of a built site, validated, as report() takes them. */
export async function validateSite(files: readonly string[], read: (file: string) => string) {
	const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, url: `/${file.replace(/index\.html$/, '')}` }));
	return Promise.all(pages.map(async ({ file, url }) => ({ url, issues: await validatePage(url, read(file)) })));
}

/**
 * A synthetic newsroom for benchmarks: seeded and deterministic, following the
 * content model exactly. `npm run bench:corpus -- --articles 1000 [--out dir] [--seed 1] [--hubs 3]`.
 *
 * Pools grow with the newsroom (about N/8 actors, N/2 demands, N/20 sources,
 * N/40 topics); each article has about 600 words in several sections, 3-6
 * actors, 1-4 demands with positions, 2-5 cited sources and 1-3 topics. About
 * one article in a hundred is a draft and one in thirty has a correction.
 * With `--hubs N`, the first N actors are in nine articles of ten as well, as a
 * newsroom's main parties are (a page's length is tested on them).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { actorKinds, sourceKinds, stances, statuses, topicKinds } from '../../src/model/schemas.ts';
import slugify from '@sindresorhus/slugify';

/** mulberry32: a small, fast, seeded generator; the same seed gives the same newsroom. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	/** `count` distinct items. */
	const sample = <T>(items: readonly T[], count: number) => {
		const chosen = new Set<T>();
		while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
		return [...chosen];
	};
	return { next, int, pick, sample };
}

const syllables = ['val', 'mor', 'ka', 'stra', 'len', 'dø', 'ri', 'an', 'tel', 'ós', 'ber', 'gu', 'né', 'sha', 'lo', 'vin', 'ar', 'pol', 'ze', 'ma'];
const words =
	'the government said talks would resume after a week of pressure from allies while officials in the capital described the offer as a first step toward an agreement that both sides could accept although critics warned that the terms left key questions open including who would monitor the ceasefire and how soon troops would leave the border region'.split(
		' ',
	);

const yaml = (value: string) => JSON.stringify(value);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export interface CorpusOptions {
	articles: number;
	dir: string;
	seed?: number;
	/** How many actors are in nine articles of ten, besides the 3-6 each article has. */
	hubs?: number;
}

/** Writes a content folder (articles/, actors/, demands/, sources/, topics/) into `dir`, replacing it. */
export function writeCorpus({ articles, dir, seed = 1, hubs = 0 }: CorpusOptions) {
	const r = random(seed);
	const name = (parts: number) => {
		const word = () => Array.from({ length: r.int(2, 3) }, () => r.pick(syllables)).join('');
		const text = Array.from({ length: parts }, word).join(' ');
		return text.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase());
	};
	const sentence = (extra: string[] = []) => {
		const list = Array.from({ length: r.int(12, 22) }, () => r.pick(words));
		for (const item of extra) list.splice(r.int(0, list.length), 0, item);
		const text = list.join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	/** Distinct, URL-safe ids for `count` generated names. */
	const pool = (count: number, parts: number) => {
		const seen = new Set<string>();
		return Array.from({ length: count }, (_, i) => {
			const title = name(parts);
			let id = slugify(title) || `item-${i}`;
			while (seen.has(id)) id = `${id}-${i}`;
			seen.add(id);
			return { id, title };
		});
	};

	const actors = pool(Math.max(6, Math.ceil(articles / 8)), 2);
	const demands = pool(Math.max(2, Math.ceil(articles / 2)), 4);
	const sources = pool(Math.max(2, Math.ceil(articles / 20)), 2);
	const topics = pool(Math.max(1, Math.ceil(articles / 40)), 2);

	rmSync(dir, { recursive: true, force: true });
	const write = (collection: string, id: string, text: string) => {
		mkdirSync(path.join(dir, collection), { recursive: true });
		writeFileSync(path.join(dir, collection, `${id}.md`), text);
	};

	for (const actor of actors) {
		write(
			'actors',
			actor.id,
			`---\nname: ${yaml(actor.title)}\nkind: ${r.pick(actorKinds)}\naliases: [${yaml(`the ${actor.title.split(' ')[0]} side`)}]\nsummary: ${yaml(sentence())}\n---\n${sentence()}\n`,
		);
	}
	for (const source of sources) {
		write('sources', source.id, `---\nname: ${yaml(source.title)}\nkind: ${r.pick(sourceKinds)}\nurl: https://${source.id}.example.com\n---\n`);
	}
	for (const topic of topics) {
		write('topics', topic.id, `---\ntitle: ${yaml(topic.title)}\nkind: ${r.pick(topicKinds)}\n---\n`);
	}
	const makers = new Map<string, string>();
	for (const demand of demands) {
		const [by, ...to] = r.sample(actors, r.int(2, 4));
		makers.set(demand.id, by!.id);
		write(
			'demands',
			demand.id,
			`---\ntitle: ${yaml(`${demand.title} must be settled`)}\nby: ${by!.id}\naddressedTo: [${to.map((a) => a.id).join(', ')}]\ntopics: [${r.pick(topics).id}]\nfirstRaised: ${isoDay(new Date(Date.UTC(2019, r.int(0, 11), r.int(1, 28))))}\n---\n${sentence()}\n`,
		);
	}

	const start = Date.UTC(2020, 0, 1);
	for (let i = 0; i < articles; i++) {
		// Spread over the years in order, a few hours apart, so that recency is meaningful.
		const published = new Date(start + i * 6 * 3600_000 + r.int(0, 3600) * 1000);
		const id = `${isoDay(published)}-${slugify(name(2))}-${i}`;
		const cast = [...new Set([...actors.slice(0, hubs).filter(() => r.next() < 0.9), ...r.sample(actors, r.int(3, 6))])];
		const cited = r.sample(sources, r.int(2, 5)).map((source, n) => ({ key: `${source.id}-${n}`, source }));
		const covered = r.sample(demands, r.int(1, 4));
		const front = [
			'---',
			`title: ${yaml(`${name(2)} and ${name(1)}: ${sentence().slice(0, 60)}`)}`,
			`summary: ${yaml(sentence())}`,
			`published: ${published.toISOString().slice(0, 19)}+00:00`,
			...(r.next() < 0.01 ? ['draft: true'] : []),
			`byline: ${yaml(`${name(1)} ${name(1)}`)}`,
			`topics: [${r
				.sample(topics, r.int(1, 3))
				.map((t) => t.id)
				.join(', ')}]`,
			`actors: [${cast.map((a) => a.id).join(', ')}]`,
			'demands:',
			...covered.flatMap((demand) => [
				`  - demand: ${demand.id}`,
				`    status: ${r.pick(statuses)}`,
				'    positions:',
				// A demand's maker takes no stance on it (the content check refuses one).
				...r
					.sample(
						cast.filter((actor) => actor.id !== makers.get(demand.id)),
						r.int(1, 3),
					)
					.flatMap((actor) => [
						`      - actor: ${actor.id}`,
						`        stance: ${r.pick(stances)}`,
						`        note: ${yaml(sentence().slice(0, 120))}`,
						`        cite: ${r.pick(cited).key}`,
					]),
			]),
			'sources:',
			...cited.flatMap(({ key, source }) => [
				`  - key: ${key}`,
				`    source: ${source.id}`,
				`    title: ${yaml(sentence().slice(0, 80))}`,
				`    url: https://${source.id}.example.com/${id}/${key}`,
				`    attribution: ${r.pick(['named', 'anonymous', 'official', 'document'])}`,
			]),
			...(r.next() < 1 / 30 ? ['corrections:', `  - date: ${isoDay(new Date(published.getTime() + 86400_000))}`, `    text: ${yaml(sentence())}`] : []),
			'---',
		];
		// About 600 words: an introduction and four sections of three paragraphs.
		const paragraph = () => Array.from({ length: 2 }, () => sentence(r.next() < 0.3 ? [r.pick(cast).title] : [])).join(' ') + ` [@${r.pick(cited).key}]`;
		const body = [paragraph(), ...Array.from({ length: 4 }, () => [`## ${name(2)}`, paragraph(), paragraph(), paragraph()]).flat()].join('\n\n');
		write('articles', id, `${front.join('\n')}\n${body}\n`);
	}
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			articles: { type: 'string', default: '1000' },
			out: { type: 'string', default: '.tmp/corpus' },
			seed: { type: 'string', default: '1' },
			hubs: { type: 'string', default: '0' },
		},
	});
	const articles = Number(values.articles);
	writeCorpus({ articles, dir: path.resolve(values.out), seed: Number(values.seed), hubs: Number(values.hubs) });
	console.log(`Wrote a newsroom of ${articles} articles to ${values.out}`);
}

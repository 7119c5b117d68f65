/**
 * What an article reports about one actor, demand, source or topic, as the
 * short HTML an item of that entity's feed carries after the summary: a lean
 * item instead of the article's full text, which the site's feed has.
 * Plain data in (names already resolved, feeds.ts makes it from the graph), HTML out.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { site as settings } from '../../config/site.ts';
import { fill, formatDate, listJoints, slotsOf, ui } from '../../i18n/index.ts';
import { contentLanguage } from '../../model/content-language.ts';
import type { WrittenDate } from '../../model/dates.ts';
import type { Stance, Status } from '../../model/schemas.ts';
import { withoutForbiddenChars } from '../../model/forbidden-chars.ts';

/** An entity named in a report: its name, and its page as a root-relative path (base path included). */
export interface Named {
	name: string;
	path: string;
}

/** A stance as this article reports it, with the name of the outlet of the report it cites, if any. */
export interface FeedStance {
	stance: Stance;
	note?: string;
	source?: string;
}

export type FeedReport =
	| { kind: 'demands'; status?: Status; stances: Array<FeedStance & { actor: Named }> }
	| {
			kind: 'actors';
			positions: Array<FeedStance & { demand: Named }>;
			/** Demands the actor makes, and demands put to it, whose status this article reports. */
			made: Array<{ demand: Named; status: Status }>;
			faced: Array<{ demand: Named; status: Status }>;
	  }
	| { kind: 'sources'; citations: Array<{ title: string; url?: string; published?: WrittenDate }> }
	| { kind: 'topics'; actors: Named[]; topics: Named[] };

/** A name as a link to its page, isolated so that it keeps its own direction inside the sentence. */
const link = (named: Named, site: URL) => h('a', { href: new URL(named.path, site).href }, h('bdi', withoutForbiddenChars(named.name)));

/** A catalogue message with markup in its placeholders. */
type Child = ElementContent | string;
const filled = (message: string, values: Record<string, Child | Child[]>): Child[] =>
	slotsOf(message).flatMap((part) => (typeof part === 'string' ? [part] : values[part.slot]!));

/** "Kestrel Union: Mixed — open to a partial return (source: Wire North)", from the party's or the demand's side. */
function stanceLine(first: Child[], { note, source }: FeedStance) {
	let line = first;
	if (note) line = filled(ui.feed.noted, { text: line, note: withoutForbiddenChars(note) });
	if (source) line = filled(ui.feed.reportedBy, { text: line, source: h('bdi', withoutForbiddenChars(source)) });
	return h('li', line);
}

const stanceWord = (stance: Stance) => ui.stances[stance].text;
const statusWord = (status: Status) => ui.statuses[status].label;

const list = (heading: string, items: ElementContent[]) => (items.length ? [h('p', h('strong', heading)), h('ul', items)] : []);

function parts(report: FeedReport, site: URL): ElementContent[] {
	switch (report.kind) {
		case 'demands':
			return [
				...(report.status ? [h('p', fill(ui.feed.status, { status: statusWord(report.status) }))] : []),
				...list(
					ui.feed.stances,
					report.stances.map((stance) => stanceLine(filled(ui.feed.stance, { actor: link(stance.actor, site), stance: stanceWord(stance.stance) }), stance)),
				),
			];
		case 'actors': {
			const statusLine = ({ demand, status }: { demand: Named; status: Status }) =>
				h('li', filled(ui.feed.demandStatus, { demand: link(demand, site), status: statusWord(status) }));
			return [
				...list(
					ui.feed.positions,
					report.positions.map((position) =>
						stanceLine(filled(ui.feed.stanceOn, { stance: stanceWord(position.stance), demand: link(position.demand, site) }), position),
					),
				),
				...list(ui.actor.demandsMade, report.made.map(statusLine)),
				...list(ui.actor.demandsFaced, report.faced.map(statusLine)),
			];
		}
		case 'sources':
			return list(
				ui.feed.cited,
				report.citations.map(({ title, url, published }) => {
					const report = url ? h('a', { href: url }, withoutForbiddenChars(title)) : withoutForbiddenChars(title);
					return h('li', published ? filled(ui.feed.citation, { report, date: formatDate(published) }) : [report]);
				}),
			);
		case 'topics': {
			const names = (entries: Named[]) => {
				const joints = listJoints(entries.length);
				return entries.flatMap((named, i) => [link(named, site), ...(joints[i] ? [joints[i]] : [])]);
			};
			return [
				...(report.actors.length ? [h('p', filled(ui.feed.actors, { actors: names(report.actors) }))] : []),
				...(report.topics.length ? [h('p', filled(ui.feed.otherTopics, { topics: names(report.topics) }))] : []),
			];
		}
	}
}

/**
 * The report as HTML, links absolute against `site` (whose path the entities' paths already carry).
 * Its words are the site's: marked with the site's language when the article is in another (`articleLang`),
 * whose language the item carries.
 */
export function feedReportHtml(report: FeedReport, site: URL, articleLang?: string): string {
	const children = parts(report, site);
	if (!children.length) return '';
	return toHtml(contentLanguage(articleLang).lang ? h('div', { lang: settings.locale, dir: settings.direction }, children) : children);
}

/**
 * Where parties stand on demands, each rule said once for every page, feed
 * and data file: a party's latest stance, its changes of stance, and who makes
 * a demand and who is asked. Positions come in the graph's order: by the date
 * the stance was taken, then by article (oldest first), then as the editor
 * listed them.
 */
import type { ContentGraph, Demand, PositionRecord } from '../graph/graph.ts';
import type { Stance } from '../model/schemas.ts';

/** What positions are grouped by: the party, or for one party's positions the demand. */
export type StanceKey = (position: PositionRecord) => string;

const byParty: StanceKey = (position) => position.actor;

/** Positions grouped by `keyOf`, each group oldest first, the groups in the order they first appear. */
export const stancesBy = (positions: readonly PositionRecord[], keyOf: StanceKey = byParty) => Map.groupBy(positions, keyOf);

/** The stance a party holds now: the last of its positions in the graph's order, so of two taken the same day the later report. */
export const latestStance = <Position extends PositionRecord>(positions: readonly Position[]): Position => positions.at(-1)!;

/** Each party's latest stance on a demand, by party, in the order the parties first took a stance. */
export function latestByParty(positions: readonly PositionRecord[]): Map<string, PositionRecord> {
	return new Map([...stancesBy(positions)].map(([actor, group]) => [actor, latestStance(group)]));
}

/** A party's first stance (no `previous`), or its move from `previous` to the position's stance. */
export interface StanceChange {
	position: PositionRecord;
	previous?: Stance;
}

/** The positions on one demand that change a party's stance, in the order given: its first, then each that differs from its one before; a restated stance is no change. */
export function stanceChanges(positions: readonly PositionRecord[]): StanceChange[] {
	const held = new Map<string, Stance>();
	return positions.flatMap((position) => {
		const previous = held.get(position.actor);
		held.set(position.actor, position.stance);
		return previous === position.stance ? [] : [{ position, previous }];
	});
}

/** The demands a party makes. */
export const demandsMadeBy = (graph: ContentGraph, actor: string): Demand[] => graph.demandsByAuthor.get(actor) ?? [];

/** The demands put to a party, each once. */
export const demandsPutTo = (graph: ContentGraph, actor: string): Demand[] => graph.demandsByAddressee.get(actor) ?? [];

/** Whether a party makes the demand: its maker takes no stance on it (the content's schema refuses one). */
export const makes = (actor: string, demand: Demand) => demand.data.by === actor;

/** Where a party comes among those a demand is put to: its place in the demand's list, or after them all when it is not asked. */
export function addresseeRank(demand: Demand | undefined, actor: string): number {
	const addressees = demand?.data.addressedTo ?? [];
	return addressees.includes(actor) ? addressees.indexOf(actor) : addressees.length;
}

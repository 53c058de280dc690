// The order the loader writes generated calls in: by when they ended, oldest first, as Levers
// delivers them (a call is sent when it ends). Written in index order instead, the heap would hold
// the calls in random time order (correlation of ended_at about 0), and every read in list order
// (the export, a deep page) would jump all over the table. The calls are the same either way:
// each is decided by its index and the seed alone (lib/calls/generate.ts).
import { contactSlotOf } from "@/lib/calls/generate-contact";

/** The indexes 0..calls-1 sorted by their call's end time (ties by index): deterministic for a seed. */
export function indexesInTimeOrder(calls: number, seed: number, now: Date, spreadDays: number): Uint32Array {
  const endedAt = new Float64Array(calls);
  for (let index = 0; index < calls; index++) endedAt[index] = contactSlotOf(index, seed, now, spreadDays).endedAt.getTime();
  const order = new Uint32Array(calls);
  for (let index = 0; index < calls; index++) order[index] = index;
  return order.sort((a, b) => endedAt[a]! - endedAt[b]! || a - b);
}

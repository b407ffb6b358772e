/**
 * 计票核对: while the counters enter a box's paper ballots (each on their own, numbered as
 * the caller reads them out), which numbers are ready for the count and which are not. The
 * count takes a number only when two counters entered it alike; this is the same test, run
 * over the whole box so the counters see every number to re-check at once instead of the
 * count refusing them one at a time.
 */
export interface PaperEntry {
  box: string;
  number: number;
  /** The entry's marks in a canonical form (the same ballot read alike gives the same text). */
  marks: unknown;
}

export interface BoxCheck {
  box: string;
  /** Numbers both counters entered alike. */
  agreed: number;
  /** Numbers the two counters entered differently: the caller reads them again. */
  differing: number[];
  /** Numbers only one counter has entered so far. */
  single: number[];
}

export function paperCheck(entries: readonly PaperEntry[]): BoxCheck[] {
  const boxes = new Map<string, Map<number, string[]>>();
  for (const e of entries) {
    const numbers = boxes.get(e.box) ?? new Map<number, string[]>();
    numbers.set(e.number, [...(numbers.get(e.number) ?? []), JSON.stringify(e.marks)]);
    boxes.set(e.box, numbers);
  }
  return [...boxes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([box, numbers]) => {
      const sorted = [...numbers].sort((a, b) => a[0] - b[0]);
      return {
        box,
        agreed: sorted.filter(([, m]) => m.length === 2 && m[0] === m[1]).length,
        differing: sorted.filter(([, m]) => m.length === 2 && m[0] !== m[1]).map(([n]) => n),
        single: sorted.filter(([, m]) => m.length === 1).map(([n]) => n),
      };
    });
}

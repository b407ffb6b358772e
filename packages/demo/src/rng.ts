/**
 * A small seeded pseudo-random generator for demo data. Core never touches
 * Math.random: every random choice of the demo county comes from one of these,
 * so the same seed gives the same county on every machine.
 *
 * xoshiro128** (Blackman & Vigna), seeded from a string through cyrb128 so that
 * independent streams ("village:3", "accounts") do not shift one another when
 * one of them draws more numbers.
 */
export interface Rng {
  /** A uniform 32-bit unsigned integer. */
  uint32(): number;
  /** A uniform float in [0, 1). */
  float(): number;
  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A copy of `items` in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
  /** A UUID in the version-4 layout, from this stream. */
  uuid(): string;
}

/** cyrb128: spreads a string over four 32-bit words (a seed for xoshiro). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(w: number): string {
  return HEX[w >>> 24]! + HEX[(w >>> 16) & 0xff]! + HEX[(w >>> 8) & 0xff]! + HEX[w & 0xff]!;
}

export function createRng(seed: number, stream = ''): Rng {
  let [a, b, c, d] = cyrb128(`${seed}|${stream}`);
  // an all-zero state would stay zero forever
  if ((a | b | c | d) === 0) a = 1;

  const uint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const float = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`empty range ${min}..${max}`);
    return min + Math.floor(float() * (max - min + 1));
  };

  return {
    uint32,
    float,
    int,
    chance: (probability) => float() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    shuffled<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    uuid(): string {
      const w0 = uint32();
      const w1 = ((uint32() & 0xffff0fff) | 0x00004000) >>> 0; // version 4 in byte 6
      const w2 = ((uint32() & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant in byte 8
      const w3 = uint32();
      const h = hex8(w0) + hex8(w1) + hex8(w2) + hex8(w3);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Draws from a fixed weighted list in O(log n) (surname and given-name tables
 * are drawn tens of thousands of times).
 */
export function weightedTable<T>(entries: ReadonlyArray<readonly [T, number]>): (rng: Rng) => T {
  if (entries.length === 0) throw new RangeError('empty weighted table');
  const items = entries.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    if (!(weight > 0)) throw new RangeError('weights must be positive');
    total += weight;
    cumulative.push(total);
  }
  return (rng) => {
    const x = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

/**
 * `count` distinct items drawn with probability proportional to `weight`
 * (Efraimidis–Spirakis keys), in draw order.
 */
export function weightedSample<T>(
  rng: Rng,
  items: readonly T[],
  count: number,
  weight: (item: T) => number,
): T[] {
  if (count <= 0) return [];
  // the `count` largest keys, kept sorted (seats are few; a full sort of the village is not needed)
  const best: Array<{ item: T; key: number }> = [];
  for (const item of items) {
    const w = weight(item);
    if (w <= 0) continue;
    // larger key wins; log form avoids underflow of u^(1/w)
    const key = Math.log(1 - rng.float()) / w;
    if (best.length === count && key <= best[count - 1]!.key) continue;
    let i = best.length === count ? count - 1 : best.length;
    if (best.length < count) best.push({ item, key });
    while (i > 0 && best[i - 1]!.key < key) {
      best[i] = best[i - 1]!;
      i -= 1;
    }
    best[i] = { item, key };
  }
  return best.map((k) => k.item);
}

/** `count` distinct items, uniformly, without shuffling the whole list. */
export function sampleOf<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const copy = items.slice();
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, copy.length - 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

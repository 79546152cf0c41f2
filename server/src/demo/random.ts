// Seeded pseudo-random numbers: the same seed always yields the same demo data.

/** mulberry32: tiny, fast and good enough for test data (not for secrets). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A child generator whose sequence depends only on this seed and `salt`, not on call order. */
  fork(salt: number): Rng {
    return new Rng(hash32(this.state ^ Math.imul(salt + 1, 0x9e3779b1)));
  }
}

/** Integer hash (from murmur3's finaliser), to derive independent seeds. */
export function hash32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Picks from a weighted list by binary search over cumulative weights. */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, w] of items) {
      sum += w;
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('weights must add up to more than zero');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return (this.items[lo] as readonly [T, number])[0];
  }
}

/**
 * Splits `total` into `parts` integers, each at least `min`, proportional to random weights
 * drawn from [1, spread] — uneven like real branches, and summing exactly to `total`.
 */
export function spread(rng: Rng, total: number, parts: number, min: number, spreadFactor = 4): number[] {
  if (parts <= 0) return [];
  if (total < parts * min) throw new Error(`cannot split ${total} into ${parts} parts of at least ${min}`);
  const weights = Array.from({ length: parts }, () => 1 + rng.next() * (spreadFactor - 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = total - parts * min;
  const counts = weights.map((w) => min + Math.floor((rest * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) counts[i] = (counts[i] as number) + 1;
  return counts;
}

import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source: the same seed gives the same demo dataset on every machine. */
export class DemoRandom {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** Picks by weight: [['a', 3], ['b', 1]] gives 'a' three times as often. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.int(1, total);
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll <= 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }
}

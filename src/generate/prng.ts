/**
 * The seeded random numbers of sampling: xoshiro128** (Blackman and Vigna, 2018), a 32-bit generator with 128 bits of
 * state and period 2^128 - 1, its state filled by SplitMix32 from the seed. Plain integer arithmetic (`Math.imul`,
 * 32-bit shifts), so one seed gives the same numbers in every JavaScript engine.
 */

const TWO_32 = 2 ** 32;

/** SplitMix32: a counter stepped by the golden ratio, each value scrambled (Stafford's mix, as in MurmurHash3's finaliser). */
class SplitMix32 {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
}

/** The low and high 32-bit words of a safe integer (two's complement for negative seeds). */
function words(seed: number): [number, number] {
  const low = ((seed % TWO_32) + TWO_32) % TWO_32;
  const high = Math.floor(seed / TWO_32);
  return [low >>> 0, (((high % TWO_32) + TWO_32) % TWO_32) >>> 0];
}

/** A seeded xoshiro128** generator: `next()` gives the same 32-bit sequence for the same seed. */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Seeds from any safe integer (negative ones too); a non-integer seed is truncated. */
  constructor(seed: number) {
    const [low, high] = words(Math.trunc(seed));
    // The high word seeds a second SplitMix32 stream XORed in, so seeds 2^32 apart differ.
    const a = new SplitMix32(low);
    const b = new SplitMix32(high ^ 0x6a09e667);
    const word = () => (a.next() ^ (high === 0 ? 0 : b.next())) >>> 0;
    this.s0 = word();
    this.s1 = word();
    this.s2 = word();
    this.s3 = word();
    // The all-zero state is the one xoshiro never leaves.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32-bit unsigned integer. */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A float in [0, 1) with 53 random bits (two draws). */
  float(): number {
    const high = this.next() >>> 5; // 27 bits
    const low = this.next() >>> 6; // 26 bits
    return (high * 2 ** 26 + low) / 2 ** 53;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

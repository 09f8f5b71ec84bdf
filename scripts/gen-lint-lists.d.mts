/** Types of gen-lint-lists.mjs, for the tests that use its lists. */
export interface GeneratedList {
  name: string;
  bytes: number;
  eol: '\n' | '\r\n';
  seed: number;
}
export declare const GENERATED_LISTS: readonly GeneratedList[];
export declare function generateList(options: { bytes: number; eol?: string; seed?: number }): string;
/** mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export declare function prng(seed: number): () => number;

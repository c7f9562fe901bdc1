/**
 * `steplight search`: test-time scaling measured on a JSONL file of problems with their answers. A policy LM (the
 * in-process generator of src/generate) writes candidate solutions, the PRM scores them as they stream, and each
 * strategy's accuracy and generated tokens are reported for every n. Seeded: the same command prints the same numbers.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Scorer } from '../api.ts';
import { InvalidArgumentError } from '../errors.ts';
import { loadPolicy, type PolicyGenerator } from '../generate/policy.ts';
import { search } from '../search/search.ts';
import type { EarlyRejection, RankRejection, SearchOptions, SearchResult } from '../search/types.ts';
import type { Variant } from '../types.ts';
import { loadCliModel } from './load.ts';
import type { CliOptions } from './main.ts';
import { parseSearchRecords, type SearchRecord } from './search-records.ts';
import { beamShape, SearchTally } from './search-tally.ts';

/**
 * Early rejection unless `--early-reject` says otherwise: stop a candidate once it has generated 8 tokens and a partial
 * reward or its finished steps' score is below 0.2. On the built-in PRM's test split this rejects none of the correct
 * solutions and 92% of the wrong ones (a wrong one is rejected after its first wrong step).
 */
export const DEFAULT_EARLY_REJECTION: EarlyRejection = { threshold: 0.2, minTokens: 8 };
/** Most candidates one search runs (`search()` takes 1 to 16). */
const MAX_N = 16;
/** `--n` unless given. */
export const DEFAULT_NS = [1, 2, 4, 8, 16];

/** The options of `steplight search` (beside the model options every command shares). */
export interface SearchCliOptions {
  /** `--n`: candidate counts to measure, comma-separated, each 1 to 16. */
  n: string | undefined;
  seed: string | undefined;
  /** `--policy`: the policy folder (default: models/tiny-arith-policy of a checkout). */
  policy: string | undefined;
  policyVariant: string | undefined;
  limit: string | undefined;
  /** `--early-reject THRESHOLD[,MIN_TOKENS]`, or `off`. */
  earlyReject: string | undefined;
  /** `--candidates FILE`: each problem's candidates of the run without rejection, one JSON line per problem. */
  candidates: string | undefined;
  /** `--rank-reject AT,KEEP`: relative rejection at AT generated tokens, keeping the best KEEP (a share of n, 0 to 1). */
  rankReject: string | undefined;
  beam: boolean;
}

/** The policy of a checkout, beside the built-in PRM (the package ships none). */
const checkoutPolicy = new URL('../../models/tiny-arith-policy/', import.meta.url).pathname;

function integer(text: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      `${flag} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got "${text}".`,
      `For example ${flag} ${min}.`,
    );
  }
  return value;
}

/** `--n 1,2,4`: distinct counts, ascending. */
export function parseNs(text: string | undefined): number[] {
  if (text === undefined) return DEFAULT_NS;
  const ns = text.split(',').map((part) => integer(part, '--n', 1, MAX_N));
  return [...new Set(ns)].sort((a, b) => a - b);
}

/** `--early-reject 0.2,8` (the minimum defaults to 8 tokens), `off`, or the default rule. */
export function parseEarlyReject(text: string | undefined): EarlyRejection | null {
  if (text === undefined) return DEFAULT_EARLY_REJECTION;
  if (text === 'off') return null;
  const [thresholdText = '', minText] = text.split(',');
  const threshold = Number(thresholdText);
  if (thresholdText.trim() === '' || !Number.isFinite(threshold)) {
    throw new InvalidArgumentError(`--early-reject must be THRESHOLD[,MIN_TOKENS] or off, got "${text}".`, 'For example --early-reject 0.2,8.');
  }
  return { threshold, minTokens: minText === undefined ? DEFAULT_EARLY_REJECTION.minTokens : integer(minText, '--early-reject MIN_TOKENS', 0) };
}

/** `--rank-reject 8,0.375`: the checkpoint's token count and the share of candidates kept there; null when not given. */
export function parseRankReject(text: string | undefined): { atTokens: number; keepShare: number } | null {
  if (text === undefined) return null;
  const [atText = '', shareText = ''] = text.split(',');
  const keepShare = Number(shareText);
  if (shareText.trim() === '' || !(keepShare > 0 && keepShare <= 1)) {
    throw new InvalidArgumentError(
      `--rank-reject must be AT_TOKENS,KEEP_SHARE with a share above 0 and at most 1, got "${text}".`,
      'For example --rank-reject 8,0.375.',
    );
  }
  return { atTokens: integer(atText, '--rank-reject AT_TOKENS', 1), keepShare };
}

/** The rank checkpoint of a run of `n` candidates: the best ceil(n x share) go on. */
export function rankRejection(rank: { atTokens: number; keepShare: number }, n: number): RankRejection {
  return { atTokens: rank.atTokens, keep: Math.ceil(n * rank.keepShare - 1e-9) };
}

function readRecords(file: string): SearchRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InvalidArgumentError(`Cannot read ${file}.`, 'Pass a JSONL file of {"problem", "answer"} records.');
  }
  return parseSearchRecords(text);
}

async function loadCliPolicy(options: CliOptions): Promise<PolicyGenerator> {
  const path = options.policy ?? (existsSync(`${checkoutPolicy}config.json`) ? checkoutPolicy : undefined);
  if (path === undefined) throw new InvalidArgumentError('No policy folder.', 'Pass --policy DIR (a Hugging Face causal-LM folder with onnx/model_q4.onnx).');
  const variant = options.policyVariant ?? 'q4';
  if (!['fp32', 'fp16', 'int8', 'q4'].includes(variant))
    throw new InvalidArgumentError(`Unknown policy variant "${variant}".`, 'Use one of fp32, fp16, int8, q4.');
  return loadPolicy({ kind: 'dir', path }, { backend: 'wasm', variant: variant as Variant });
}

const mark = (right: boolean) => (right ? 'right' : 'wrong');

/** One `--candidates` line: the problem, its answer, and what each candidate wrote and scored. */
function candidateLine(problem: string, answer: number, result: SearchResult) {
  const candidates = result.candidates.map(({ index, text, answer, score, stepScores, generatedTokens, truncated }) => ({
    index,
    text,
    answer,
    score,
    stepScores,
    generatedTokens,
    truncated,
  }));
  return { problem, answer, candidates };
}

/** Runs the command; prints the results object as the last stdout line (progress goes to stderr); returns the exit code. */
export async function runSearch(file: string, options: CliOptions): Promise<number> {
  const ns = parseNs(options.n);
  const seed = options.seed === undefined ? 0 : integer(options.seed, '--seed', Number.MIN_SAFE_INTEGER);
  const limit = options.limit === undefined ? undefined : integer(options.limit, '--limit', 1);
  const earlyReject = parseEarlyReject(options.earlyReject);
  const rankReject = parseRankReject(options.rankReject);
  if (rankReject !== null && earlyReject === null && options.beam) {
    throw new InvalidArgumentError(
      '--rank-reject does not apply to beam search, and --early-reject is off: beam search would have no rejection to measure.',
      'Give --early-reject too, or drop --beam.',
    );
  }
  const records = readRecords(file).slice(0, limit);
  const scorer: Scorer = await loadCliModel(options);
  let policy: PolicyGenerator | null = null;
  try {
    const [low, high] = scorer.info.scoreRange;
    if (earlyReject !== null && !(earlyReject.threshold >= low && earlyReject.threshold <= high)) {
      throw new InvalidArgumentError(
        `--early-reject's threshold must lie in the PRM's score range, ${low} to ${high}.`,
        `For example --early-reject ${DEFAULT_EARLY_REJECTION.threshold}.`,
      );
    }
    policy = await loadCliPolicy(options);
    const generator = policy;
    const nMax = ns.at(-1)!;
    // Every token is scored before the next one is generated (lagTokens 1): with early rejection, tokens_generated then
    // counts exactly the tokens a candidate wrote up to the one that got it rejected.
    const base = { seed, maxTokens: policy.info.maxNewTokens, lagTokens: 1 };
    const run = (problem: string, extra: Omit<SearchOptions, 'seed' | 'maxTokens'>): Promise<SearchResult> =>
      search(scorer, generator, problem, { ...base, ...extra });
    const rejecting = earlyReject !== null || rankReject !== null;
    const tally = new SearchTally({ ns, earlyReject: rejecting, beam: options.beam });
    const rules = [
      ...(earlyReject === null ? [] : [`threshold ${earlyReject.threshold} after ${earlyReject.minTokens} tokens`]),
      ...(rankReject === null ? [] : [`the best ${rankReject.keepShare} of n at ${rankReject.atTokens} tokens`]),
    ];
    const rule = rules.length === 0 ? 'off' : rules.join(' and ');
    console.error(`search: ${records.length} problems, n ${ns.join(',')}, seed ${seed}, early rejection ${rule}${options.beam ? ', beam search' : ''}`);
    const started = performance.now();
    if (options.candidates !== undefined) writeFileSync(options.candidates, '');
    for (const [i, { problem, answer }] of records.entries()) {
      const plain = await run(problem, { strategy: 'best-of-n', n: nMax });
      tally.addCandidates(plain.candidates, answer, false);
      if (options.candidates !== undefined) appendFileSync(options.candidates, `${JSON.stringify(candidateLine(problem, answer, plain))}\n`);
      const absolute = earlyReject === null ? {} : { earlyReject };
      let cut: SearchResult | null = null;
      if (rankReject !== null) {
        // The checkpoint ranks the candidates of one run: each n is a run of its own (candidate i still gets seed + i).
        for (const n of ns) {
          cut = await run(problem, { strategy: 'best-of-n', n, ...absolute, rankReject: rankRejection(rankReject, n) });
          tally.addRun(cut.candidates, answer);
        }
      } else if (earlyReject !== null) {
        cut = await run(problem, { strategy: 'best-of-n', n: nMax, earlyReject });
        tally.addCandidates(cut.candidates, answer, true);
      }
      let beamTokens = 0;
      if (options.beam) {
        for (const n of ns) {
          for (const rejection of earlyReject === null ? [null] : [null, earlyReject]) {
            const beam = await run(problem, { strategy: 'beam', n, beam: beamShape(n), ...(rejection === null ? {} : { earlyReject: rejection }) });
            tally.addBeam(n, rejection !== null, beam, answer);
            beamTokens += beam.tokensGenerated;
          }
        }
      }
      tally.problemDone();
      const first = plain.candidates[0];
      const rejected = cut?.candidates.filter((c) => c.status === 'rejected').length;
      console.error(
        `[${i + 1}/${records.length}] answer ${answer}: candidate 0 says ${first?.answer ?? 'nothing'} (${mark(first?.answer === answer)}), best-of-${nMax} ${mark(plain.pick?.answer === answer)}; ` +
          `tokens ${plain.tokensGenerated}${cut === null ? '' : `, with rejection ${cut.tokensGenerated} (${rejected}/${nMax} rejected)`}${options.beam ? `, beam ${beamTokens}` : ''}`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    console.error(`search: ${tally.problemCount} problems in ${seconds.toFixed(1)} s`);
    console.log(JSON.stringify({ n_problems: tally.problemCount, results: tally.results() }));
    return 0;
  } finally {
    await policy?.dispose();
    await scorer.dispose();
  }
}

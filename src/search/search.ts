/**
 * `search()`: picks among an LLM's candidate solutions with the PRM (best-of-N, weighted vote, majority vote or
 * step-level beam search), with early rejection of candidates whose scores fall. Generator-agnostic: any
 * {@link TextGenerator} plugs in.
 */
import type { Scorer } from '../api.ts';
import { InvalidArgumentError } from '../errors.ts';
import { beamSearch } from './beam.ts';
import { type CandidateContext, type CandidateOutcome, runCandidates } from './candidate.ts';
import { SearchControl } from './control.ts';
import type { TextGenerator } from './generator.ts';
import { resolveSearchOptions } from './options.ts';
import { RankGate } from './rank-gate.ts';
import { estimateTokensSaved, selectCandidates } from './select.ts';
import type { CandidateResult, SearchOptions, SearchResult } from './types.ts';

/** A candidate's public result (without the runner's bookkeeping). */
function publicResult({ complete: _, ...result }: CandidateOutcome): CandidateResult {
  return result;
}

/**
 * Generates candidate solutions to `problem` with `generator`, scores each in its own streaming session of `scorer`
 * as its text arrives, and picks one by `options.strategy`. Candidate `i` gets seed `options.seed + i`.
 *
 * Rejects with `invalid-argument` for bad options (before generating anything), with `search-cancelled` when
 * `options.signal` aborts, or with the first error of a generator, a session or `onEvent`; every generator is stopped
 * and every session closed before it rejects.
 */
export async function search(scorer: Scorer, generator: TextGenerator, problem: string, options: SearchOptions): Promise<SearchResult> {
  const resolved = resolveSearchOptions(options, scorer.info);
  if (typeof problem !== 'string' || problem.trim() === '') throw new InvalidArgumentError('The problem is empty.', 'Pass the problem text to search.');
  if (typeof generator?.generate !== 'function') {
    throw new InvalidArgumentError('The generator has no generate() method.', 'Pass an object whose generate(request) yields text pieces (see TextGenerator).');
  }
  const control = new SearchControl(resolved.signal, resolved.onEvent);
  try {
    control.throwIfStopped();
    const { rankReject } = resolved;
    const rank =
      rankReject === null
        ? null
        : {
            atTokens: rankReject.atTokens,
            gate: new RankGate(
              Array.from({ length: resolved.n }, (_, i) => i),
              rankReject.keep,
            ),
          };
    if (rank !== null) control.whenStopped(() => rank.gate.release());
    const ctx: CandidateContext = {
      scorer,
      generator,
      problem,
      stepSplit: scorer.info.stepRules.stepSplit,
      aggregation: resolved.aggregation,
      earlyReject: resolved.earlyReject,
      rank,
      maxTokens: resolved.maxTokens,
      lagTokens: resolved.lagTokens,
      control,
    };
    const outcomes =
      resolved.beam === null
        ? await runCandidates(
            ctx,
            Array.from({ length: resolved.n }, (_, index) => ({ index, seed: resolved.seed + index, prefix: '', prefixTokens: 0, untilStepEnd: false })),
          )
        : await beamSearch(ctx, { n: resolved.n, seed: resolved.seed, ...resolved.beam });
    control.throwIfStopped();
    const candidates = outcomes.map(publicResult);
    return {
      strategy: resolved.strategy,
      ...selectCandidates(resolved.strategy, candidates),
      candidates,
      tokensGenerated: candidates.reduce((sum, c) => sum + c.generatedTokens, 0),
      tokensSavedEstimate: estimateTokensSaved(candidates),
    };
  } finally {
    control.dispose();
  }
}

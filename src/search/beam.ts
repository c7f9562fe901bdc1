/**
 * Step-level beam search: `width` beams, each grown by `expand` candidates that generate until the next step split;
 * the PRM scores each new step, and the best `width` by aggregate score are kept, until every beam's solution has
 * ended or `maxSteps` steps were grown.
 */
import { type CandidateContext, type CandidateOutcome, type CandidateTask, runCandidates } from './candidate.ts';

/** Beam search's settings (checked: `n` is `width * expand`). */
export interface BeamSettings {
  n: number;
  width: number;
  expand: number;
  maxSteps: number;
  seed: number;
}

/** Whether a kept candidate is still growing: its solution has not ended, nor reached `maxTokens`. */
const growing = (c: CandidateOutcome) => c.status === 'finished' && !c.complete && !c.truncated;

/** Highest score first (unscored last); ties: lower index first. */
function byScore(a: CandidateOutcome, b: CandidateOutcome): number {
  if (a.score === b.score) return a.index - b.index;
  if (a.score === null) return 1;
  if (b.score === null) return -1;
  return b.score - a.score;
}

/**
 * Runs beam search; returns every candidate by index. The first step grows `n` candidates from the empty solution,
 * each later one `expand` per growing beam; beams whose solutions ended stay in the running for the `width` places.
 * Kept beams end `finished` (those cut by `maxSteps` also `truncated`), beams grown further `extended`, dropped ones `pruned`.
 */
export async function beamSearch(ctx: CandidateContext, settings: BeamSettings): Promise<CandidateOutcome[]> {
  const all: CandidateOutcome[] = [];
  let beams: CandidateOutcome[] = [];
  for (let step = 0; step < settings.maxSteps; step++) {
    const parents = step === 0 ? [null] : beams.filter(growing);
    if (parents.length === 0) break;
    const ended = beams.filter((beam) => !growing(beam));
    const perParent = step === 0 ? settings.n : settings.expand;
    const tasks: CandidateTask[] = [];
    for (const parent of parents) {
      if (parent !== null) parent.status = 'extended';
      for (let k = 0; k < perParent; k++) {
        const index = all.length + tasks.length;
        tasks.push({
          index,
          seed: settings.seed + index,
          ...(parent === null ? {} : { parent: parent.index }),
          prefix: parent?.text ?? '',
          prefixTokens: parent?.tokens ?? 0,
          untilStepEnd: true,
        });
      }
    }
    const outcomes = await runCandidates(ctx, tasks);
    all.push(...outcomes);
    const pool = [...ended, ...outcomes.filter((c) => c.status === 'finished')].sort(byScore);
    beams = pool.slice(0, settings.width);
    for (const dropped of pool.slice(settings.width)) {
      dropped.status = 'pruned';
      ctx.control.emit({ type: 'pruned', candidate: dropped.index });
    }
  }
  for (const beam of beams.filter(growing)) {
    beam.truncated = true;
    ctx.control.emit({ type: 'finished', candidate: beam.index, answer: beam.answer, score: beam.score, tokens: beam.tokens });
  }
  return all;
}

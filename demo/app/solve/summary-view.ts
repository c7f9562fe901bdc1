/**
 * The search panel's summary: the chosen answer, the votes (live while candidates finish, final from the result) and
 * the token counter (tokens generated against what a full best-of-N would have spent). Text is set as text only.
 *
 * DOM contract: `#solve-answer[data-kind]` (pending, picked, none), `#solve-votes li[data-answer]` with
 * `data-picked="true"` on the chosen answer, `#solve-tokens[data-generated][data-full]`.
 */
import { type AnswerVote, type SearchResult, type SearchStrategy, tallyVotes } from '../../../src/index.ts';
import type { CandidateBoard } from './candidates.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const STRATEGY_WORDS: Record<SearchStrategy, string> = {
  'best-of-n': 'best-of-N (highest score)',
  'weighted-vote': 'weighted vote (answers weighed by their scores)',
  majority: 'majority vote',
  beam: 'beam search (best final beam)',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class SummaryView {
  private readonly answer = byId('solve-answer');
  private readonly votes = byId<HTMLOListElement>('solve-votes');
  private readonly tokens = byId('solve-tokens');
  /** Finished candidates the live votes show. */
  private finishedShown = 0;

  /** A new search starts. */
  reset(): void {
    this.say('Candidates are being written…', 'pending');
    this.finishedShown = 0;
    this.showVotes([], null, 'count');
    this.showTokens(0, null, 0);
  }

  /** Live: votes of the candidates finished so far (redrawn when one more finishes) and the tokens generated. */
  update(board: CandidateBoard): void {
    const finished = [...board.candidates.values()].filter((c) => c.status === 'finished');
    if (finished.length !== this.finishedShown) {
      this.finishedShown = finished.length;
      this.showVotes(tallyVotes(finished.map((c) => ({ index: c.index, answer: c.answer, score: c.score, status: 'finished' }))), null, 'count');
    }
    this.showTokens(board.tokens, null, 0);
  }

  /** The search ended: its pick, its votes and what early rejection saved. `expected` is the true answer when known. */
  done(result: SearchResult, n: number, expected: number | null): void {
    const pick = result.pick;
    const by = STRATEGY_WORDS[result.strategy];
    if (pick === null)
      this.say(`No pick: no candidate ${result.strategy === 'best-of-n' || result.strategy === 'beam' ? 'was scored' : 'stated an answer'}.`, 'none');
    else if (result.allRejected) this.say(`No answer: every candidate was rejected; the best so far was #${pick.candidate + 1}.`, 'none');
    else {
      const answer = pick.answer === null ? 'no final number' : `${pick.answer}`;
      const check =
        expected === null || pick.answer === null ? '' : pick.answer === expected ? ` ✓ the test split's answer` : ` ✗ the test split says ${expected}`;
      const score = pick.score === null ? '' : `, score ${pick.score.toFixed(3)}`;
      this.say(`Answer: ${answer}${check} (candidate #${pick.candidate + 1}${score}, by ${by})`, 'picked');
    }
    this.showVotes(result.votes, pick?.answer ?? null, result.strategy === 'majority' ? 'count' : 'weight');
    if (result.allRejected) this.votes.dataset.emptyText = 'No votes: rejected candidates do not vote.';
    const rejected = result.candidates.some((c) => c.status === 'rejected');
    const full = result.tokensGenerated + Math.round(result.tokensSavedEstimate);
    // With every candidate cut, no finished one says how long a full solution runs: there is no estimate.
    this.showTokens(result.tokensGenerated, result.allRejected ? null : full, n, rejected);
    if (result.allRejected)
      this.tokensText(
        `${result.tokensGenerated.toLocaleString()} tokens generated · every candidate was cut early, so none shows what a full one would have cost`,
      );
  }

  /** The search was cancelled or failed; `text` says so. */
  stopped(text: string, board: CandidateBoard): void {
    this.say(text, 'none');
    this.showTokens(board.tokens, null, 0);
  }

  private say(text: string, kind: 'pending' | 'picked' | 'none'): void {
    this.answer.textContent = text;
    this.answer.dataset.kind = kind;
  }

  private showVotes(votes: readonly AnswerVote[], picked: number | null, by: 'count' | 'weight'): void {
    const total = votes.reduce((sum, v) => sum + (by === 'count' ? v.count : v.weight), 0);
    const rows = [...votes]
      .sort((a, b) => (by === 'count' ? b.count - a.count : b.weight - a.weight))
      .map((vote) => {
        const row = el('li', 'vote');
        row.dataset.answer = String(vote.answer);
        if (vote.answer === picked) row.dataset.picked = 'true';
        const bar = el('span', 'vote-bar');
        const share = total > 0 ? (by === 'count' ? vote.count : vote.weight) / total : 0;
        bar.style.setProperty('--share', share.toFixed(3));
        const votesText = `${vote.count} vote${vote.count === 1 ? '' : 's'} · weight ${vote.weight.toFixed(3)}`;
        row.append(el('span', 'vote-answer', String(vote.answer)), bar, el('span', 'vote-count', votesText));
        return row;
      });
    this.votes.replaceChildren(...rows);
    this.votes.toggleAttribute('data-empty', rows.length === 0);
    this.votes.dataset.emptyText =
      this.answer.dataset.kind === 'pending'
        ? 'Votes appear as candidates finish.'
        : 'No finished candidate states a final number (one cut at the token limit states none).';
  }

  /** `full`: what a full best-of-`n` would have spent (null while running, or with no estimate); `cut`: whether any candidate was cut. */
  private showTokens(generated: number, full: number | null, n: number, cut = false): void {
    this.tokens.dataset.generated = String(generated);
    this.tokens.dataset.full = full === null ? '' : String(full);
    const bar = this.tokens.querySelector<HTMLElement>('.tokens-bar');
    // Without an estimate of a full best-of-n the bar shows only whether anything was generated yet.
    const share = full ? generated / full : generated > 0 ? 1 : 0;
    bar?.style.setProperty('--share', share.toFixed(3));
    const count = `${generated.toLocaleString()} tokens generated`;
    if (full === null) {
      this.tokensText(count);
      return;
    }
    const saved = full - generated;
    const percent = full > 0 ? Math.round((100 * saved) / full) : 0;
    if (saved > 0) {
      this.tokensText(
        `${count} · a full best-of-${n} would have spent ≈ ${full.toLocaleString()} · early rejection saved ≈ ${saved.toLocaleString()} (${percent}%)`,
      );
    } else {
      this.tokensText(
        `${count} · as many as a full best-of-${n} (${cut ? 'the candidates cut early were already as long as the others' : 'no candidate was cut early'})`,
      );
    }
  }

  private tokensText(text: string): void {
    const node = this.tokens.querySelector<HTMLElement>('.tokens-text');
    if (node) node.textContent = text;
  }
}

/** Test helpers: scored tokens as a session reports them. */
import type { TokenScore } from '../types.ts';

/** Token `tokenIndex` of step `stepIndex` with its partial reward; a separator has no text. */
export const token = (tokenIndex: number, stepIndex: number, partialReward: number, isSeparator = false): TokenScore => ({
  tokenIndex,
  text: isSeparator ? '' : `t${tokenIndex}`,
  stepIndex,
  partialReward,
  isSeparator,
});

/**
 * `steplight`: score solutions and evaluate ProcessBench files in Node, on the same core as the
 * browser runtime (onnxruntime-web's WASM backend).
 *
 *   steplight score --problem TEXT --steps-file F [--model DIR] [--variant V] [--incremental] [--json]
 *   steplight eval FILE.jsonl [--model DIR] [--variant V] [--threshold T] [--preset NAME] [--json]
 *   steplight search FILE.jsonl [--n 1,2,4,8,16] [--seed S] [--policy DIR] [--policy-variant V] [--model DIR] [--variant V]
 *     [--limit K] [--early-reject THRESHOLD[,MIN_TOKENS] | off] [--rank-reject AT,KEEP] [--beam] [--candidates OUT.jsonl]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SteplightError } from '../errors.ts';
import { runEval } from './eval.ts';
import { runScore } from './score.ts';
import { runSearch, type SearchCliOptions } from './search.ts';

const USAGE = `usage:
  steplight score --problem TEXT --steps-file FILE [--model DIR] [--variant V] [--threshold T] [--incremental] [--json]
  steplight eval FILE.jsonl [--model DIR] [--variant V] [--threshold T] [--preset NAME] [--json]
  steplight search FILE.jsonl [--n 1,2,4,8,16] [--seed S] [--policy DIR] [--policy-variant V] [--model DIR] [--variant V]
                   [--limit K] [--early-reject THRESHOLD[,MIN_TOKENS] | off] [--rank-reject AT,KEEP] [--beam] [--candidates OUT.jsonl]

  steplight --version

--model defaults to the built-in tiny-arith PRM. A steps file (or - for standard input) holds the steps cut as the
model cuts text (the built-in model: one step per paragraph, blank lines between steps), or a JSON array of
strings. Steps are numbered from 1. eval prints one JSON object as its last line; --preset processbench runs it with the
settings of the model authors' ProcessBench script (prm.json "presets"; --threshold still wins).
search samples candidate solutions of each {"problem", "answer"} record with the policy (--policy, default the
tiny-arith policy of a checkout; --policy-variant q4), scores them with the PRM as they stream and prints, as its
last line, one JSON object: each strategy's accuracy and generated tokens at each n, with and without early
rejection (default --early-reject 0.2,8; with --rank-reject 8,0.375 also: at 8 tokens only the best 3/8 of the
candidates go on, a run per n), and beam search with --beam. --candidates OUT.jsonl writes what every candidate of the
run without rejection wrote and scored, a line per problem.`;

/** Parsed command-line options shared by the commands. */
export interface CliOptions extends SearchCliOptions {
  model: string;
  variant: string | undefined;
  threshold: number | undefined;
  /** eval: the model's evaluation preset to run with (prm.json `presets`). */
  preset: string | undefined;
  json: boolean;
  incremental: boolean;
  problem: string | undefined;
  stepsFile: string | undefined;
}

/** The built-in model: the package's copy (dist/lib/models/), or the repository's when run from a checkout. */
const builtinModel = ['../lib/models/tiny-arith-prm/', '../../models/tiny-arith-prm/']
  .map((path) => new URL(path, import.meta.url).pathname)
  .find((path) => existsSync(`${path}prm.json`)) as string;
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      variant: { type: 'string' },
      threshold: { type: 'string' },
      preset: { type: 'string' },
      problem: { type: 'string' },
      'steps-file': { type: 'string' },
      incremental: { type: 'boolean', default: false },
      n: { type: 'string' },
      seed: { type: 'string' },
      policy: { type: 'string' },
      'policy-variant': { type: 'string' },
      limit: { type: 'string' },
      'early-reject': { type: 'string' },
      'rank-reject': { type: 'string' },
      candidates: { type: 'string' },
      beam: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    console.log(`steplight ${version}`);
    return 0;
  }
  if (values.help || command === undefined) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const options: CliOptions = {
    model: values.model ?? builtinModel,
    variant: values.variant,
    threshold: values.threshold === undefined ? undefined : Number(values.threshold),
    preset: values.preset,
    json: values.json,
    incremental: values.incremental,
    problem: values.problem,
    stepsFile: values['steps-file'],
    n: values.n,
    seed: values.seed,
    policy: values.policy,
    policyVariant: values['policy-variant'],
    limit: values.limit,
    earlyReject: values['early-reject'],
    rankReject: values['rank-reject'],
    candidates: values.candidates,
    beam: values.beam,
  };
  if (command === 'score') return runScore(options);
  if (command === 'eval' && rest.length === 1) return runEval(rest[0]!, options);
  if (command === 'search' && rest.length === 1) return runSearch(rest[0]!, options);
  const problem = command === 'eval' || command === 'search' ? `${command} takes one file, got ${rest.length}` : `unknown command "${command}"`;
  console.error(`error: ${problem}.\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SteplightError) {
      console.error(`error [${error.code}]: ${error.message}\nhint: ${error.hint}`);
    } else {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);

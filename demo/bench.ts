/**
 * The in-browser half of `npm run bench` (bench/run.ts drives it): Steplight against its baselines on the same
 * ONNX file, in this page's thread. The baselines use onnxruntime-web directly, as a plain pipeline would.
 */
import * as ort from 'onnxruntime-web/webgpu';
import { loadPrm, type Backend, type Scorer, type Variant } from '../src/index.ts';
import { parseManifest, type PrmManifest } from '../src/manifest.ts';
import { layoutBuilder } from '../src/model.ts';
import { runInputs, type LayoutBuilder } from '../src/steps.ts';
import { PrmTokenizer } from '../src/tokenizer.ts';

/** One benchmark run's settings. */
export interface BenchConfig {
  backend: Backend;
  variant: Variant;
  threads: number;
  /** Solution lengths in tokens at which costs are measured. */
  lengths: number[];
  repeats: number;
}

const MODEL = 'models/tiny-arith-prm/';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(repeats: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A long solution: the steps of the test split's records, one after another. */
async function longSolution(): Promise<{ problem: string; steps: string[] }> {
  const lines = (await (await fetch(`${MODEL}data/test.jsonl`)).text()).trim().split('\n');
  const records = lines.map((line) => JSON.parse(line) as { problem: string; steps: string[] });
  return { problem: records[0]!.problem, steps: records.flatMap((r) => r.steps) };
}

/** The first steps whose tokens reach `length` (one-shot token count). */
async function stepsOfLength(model: Scorer, problem: string, steps: string[], length: number): Promise<string[]> {
  let count = 1;
  while (count < steps.length && (await model.score(problem, steps.slice(0, count))).tokens.length < length) count++;
  return steps.slice(0, count);
}

/** Bare onnxruntime-web on the same file and the same token ids: a full pass, and one decode step after a cache. */
class BareOrt {
  private constructor(private readonly session: ort.InferenceSession, private readonly manifest: PrmManifest) {}

  static async create(manifest: PrmManifest, backend: Backend, variant: Variant): Promise<BareOrt> {
    const bytes = new Uint8Array(await (await fetch(MODEL + manifest.variants[variant]!.file)).arrayBuffer());
    const session = await ort.InferenceSession.create(bytes, { executionProviders: [backend], graphOptimizationLevel: 'all' });
    return new BareOrt(session, manifest);
  }

  private feeds(ids: number[], pastLength: number, past?: ort.InferenceSession.OnnxValueMapType): Record<string, ort.Tensor> {
    const int64 = (values: number[]) => new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);
    const { numLayers, numKvHeads, headDim } = this.manifest.graph;
    const feeds: Record<string, ort.Tensor> = {
      input_ids: int64(ids),
      attention_mask: int64(Array.from({ length: pastLength + ids.length }, () => 1)),
      position_ids: int64(ids.map((_, i) => pastLength + i)),
    };
    for (let i = 0; i < numLayers; i++) {
      for (const kind of ['key', 'value']) {
        feeds[`past_key_values.${i}.${kind}`] = (past?.[`present.${i}.${kind}`] as ort.Tensor | undefined) ?? new ort.Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]);
      }
    }
    return feeds;
  }

  /** ms of one pass over `ids` with an empty cache (what re-scoring the whole prefix costs per new token). */
  fullPass(ids: number[], repeats: number): Promise<number> {
    return timed(repeats, () => this.session.run(this.feeds(ids, 0)));
  }

  /** ms of the last token's single-token step after a cache of all the others. */
  async decodeStep(ids: number[], repeats: number): Promise<number> {
    const cache = await this.session.run(this.feeds(ids.slice(0, -1), 0));
    return timed(repeats, () => this.session.run(this.feeds(ids.slice(-1), ids.length - 1, cache)));
  }
}

/** Steplight's own tokenizer and layout code, to give the baselines the exact token ids one-shot scoring runs. */
async function layoutOf(manifest: PrmManifest): Promise<LayoutBuilder> {
  const text = async (name: string) => (await fetch(MODEL + name)).text();
  return layoutBuilder(PrmTokenizer.fromJson(await text('tokenizer.json'), await text('tokenizer_config.json'), manifest.input), manifest.input);
}

/** Steplight's cost per appended token at `steps`' length: the last steps streamed character by character. */
async function streamedTokenCost(model: Scorer, problem: string, steps: string[]): Promise<number> {
  const text = steps.join('\n\n');
  const tail = Math.min(text.length - 1, 120);
  const session = await model.open(problem, () => undefined);
  let state = await session.replace(text.slice(0, text.length - tail));
  let tokens = state.tokens.length;
  let spent = 0;
  let added = 0;
  for (const char of text.slice(text.length - tail)) {
    const start = performance.now();
    state = await session.append(char);
    spent += performance.now() - start;
    added += Math.max(0, state.tokens.length - tokens);
    tokens = state.tokens.length;
  }
  await session.close();
  return spent / Math.max(1, added);
}

/** Runs every measure of one configuration; times in ms. */
async function run(config: BenchConfig): Promise<Record<string, unknown>> {
  const loadStart = performance.now();
  const model = await loadPrm({ kind: 'url', url: MODEL }, { backend: config.backend, variant: config.variant, threads: config.threads, cache: true });
  const coldLoadMs = performance.now() - loadStart;
  const warmStart = performance.now();
  const again = await loadPrm({ kind: 'url', url: MODEL }, { backend: config.backend, variant: config.variant, threads: config.threads, cache: true });
  const warmLoadMs = performance.now() - warmStart;
  await again.dispose();
  const manifest = parseManifest(await (await fetch(`${MODEL}prm.json`)).text());
  const bare = await BareOrt.create(manifest, config.backend, config.variant);
  const layout = await layoutOf(manifest);
  const { problem, steps } = await longSolution();
  const rows = [];
  for (const length of config.lengths) {
    const prefix = await stepsOfLength(model, problem, steps, length);
    const { ids } = runInputs(layout.promptIds(problem), layout.fromSteps(prefix));
    rows.push({
      solutionTokens: (await model.score(problem, prefix)).tokens.length,
      inputTokens: ids.length,
      steplightOneShotMs: await timed(config.repeats, () => model.score(problem, prefix)),
      bareFullPassMs: await bare.fullPass(ids, config.repeats),
      steplightPerTokenMs: await streamedTokenCost(model, problem, prefix),
      bareDecodeStepMs: await bare.decodeStep(ids, config.repeats),
    });
  }
  await model.dispose();
  return { config, coldLoadMs, warmLoadMs, backend: model.info.backend, threads: model.info.threads, rows, userAgent: navigator.userAgent };
}

declare global {
  interface Window {
    bench: { run: typeof run };
  }
}

window.bench = { run };
document.body.dataset.ready = 'true';

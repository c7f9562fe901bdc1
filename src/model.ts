/**
 * Loads a PRM folder (manifest, tokenizer, one ONNX variant: on WebGPU its WebGPU graph when the folder ships one)
 * and scores with it in this thread:
 * in the Web Worker behind the page client, or directly in Node (CLI, tests).
 */
import type { Scorer, ScoringSession, SessionEventListener } from './api.ts';
import { aggregate, findFirstError } from './aggregate.ts';
import { BackendUnavailableError, InvalidArgumentError, loadCancelled } from './errors.ts';
import { logitsWidth, parseManifest, scoreRange, stepRules, type InputSpec, type PrmManifest } from './manifest.ts';
import { readerFor, verifyFile, type FileReader } from './model-files.ts';
import { GpuDecoder } from './gpu-decoder.ts';
import type { GraphRunner } from './graph-runner.ts';
import { chooseBackend, Decoder, threadCount } from './ort.ts';
import { PlainRunner } from './session-slots.ts';
import { publicScores, scoreRows, type ScoredToken } from './results.ts';
import { CacheBudget, DEFAULT_CACHE_BUDGET_BYTES } from './cache-budget.ts';
import { StreamingSession, type SessionContext } from './session.ts';
import { ResponseLayoutBuilder } from './response-layout.ts';
import { checkContext, runInputs, StepsLayoutBuilder, type LayoutBuilder } from './steps.ts';
import { PrmTokenizer } from './tokenizer.ts';
import { DEFAULT_UNPACKED_WEIGHT_BYTES } from './unpack-q4.ts';
import type { Backend, LoadOptions, ModelInfo, ModelSource, ProgressEvent, ScoreOptions, ScoreResult, SessionOptions, Solution, Variant } from './types.ts';

const utf8 = new TextDecoder();

/** The requested (or default) variant; on WebGPU, its `requires` feature must be on the adapter (fp16: shader-f16). */
function pickVariant(manifest: PrmManifest, backend: Backend, gpuFeatures: ReadonlySet<string>, requested: Variant | undefined): Variant {
  const variant = requested ?? manifest.defaultVariant[backend];
  const available = Object.keys(manifest.variants);
  if (manifest.variants[variant] === undefined) {
    throw new InvalidArgumentError(`This model has no "${variant}" variant.`, `Choose one of: ${available.join(', ')}.`);
  }
  const needs = manifest.variants[variant].requires;
  if (needs !== undefined && backend === 'webgpu' && !gpuFeatures.has(needs)) {
    const others = available.filter((name) => name !== variant && manifest.variants[name as Variant]?.requires === undefined);
    throw new BackendUnavailableError(
      `The ${variant} variant needs the WebGPU feature ${needs}, which this adapter lacks.`,
      `Choose ${others.join(' or ') || 'another variant'}, or use the WASM backend.`,
    );
  }
  return variant;
}

async function readChecked(read: FileReader, manifest: PrmManifest, path: string, verify: boolean, onProgress: (e: ProgressEvent) => void) {
  const bytes = await read(path, onProgress);
  if (verify) await verifyFile(path, bytes, manifest.files[path]);
  return bytes;
}

function unpackBudget(bytes: number | undefined): number {
  if (bytes === undefined) return DEFAULT_UNPACKED_WEIGHT_BYTES;
  if (!(typeof bytes === 'number' && bytes >= 0)) {
    throw new InvalidArgumentError(
      `unpackedWeightBytes must be a number of bytes >= 0, got ${String(bytes)}.`,
      'Pass 0 to keep 4-bit weights packed, or a byte count such as 268435456 (256 MiB).',
    );
  }
  return bytes;
}

function checkThreshold(threshold: number | undefined, manifest: PrmManifest): void {
  const [low, high] = scoreRange(manifest.head);
  if (threshold !== undefined && !(threshold >= low && threshold <= high)) {
    throw new InvalidArgumentError(
      `threshold must be between ${low} and ${high} for this model, got ${threshold}.`,
      `Pass a score in this model's scale, such as ${manifest.scoring.threshold}.`,
    );
  }
}

function checkProblem(problem: unknown): asserts problem is string {
  if (typeof problem !== 'string' || problem.trim() === '') {
    throw new InvalidArgumentError('The problem is empty.', 'Give the problem text the solution answers.');
  }
}

/** The layout builder of an input kind: per-step pieces, or an implicit PRM's whole response. */
export function layoutBuilder(tokenizer: PrmTokenizer, input: InputSpec): LayoutBuilder {
  return input.kind === 'response' ? new ResponseLayoutBuilder(tokenizer, input) : new StepsLayoutBuilder(tokenizer, input);
}

/** A PRM loaded in this thread. */
export class PrmModel implements Scorer {
  private constructor(
    private readonly ctx: SessionContext,
    readonly info: ModelInfo,
  ) {}

  /** Reads, verifies and starts the model; reports download progress, then runs one warm-up inference. */
  static async load(source: ModelSource, options: LoadOptions = {}, onProgress: (e: ProgressEvent) => void = () => {}): Promise<PrmModel> {
    const signal = options.signal;
    /** Stops between stages once the load is cancelled (downloads stop by themselves). */
    const checkCancelled = () => {
      if (signal?.aborted) throw loadCancelled();
    };
    const read = readerFor(source, options.cache ?? true, options.stallTimeoutMs, signal);
    const manifest = parseManifest(utf8.decode(await read('prm.json', onProgress)));
    const verify = options.verify ?? true;
    const { backend, gpuFeatures } = await chooseBackend(options.backend ?? 'auto');
    const variant = pickVariant(manifest, backend, gpuFeatures, options.variant);
    const entry = manifest.variants[variant]!;
    const gpu = backend === 'webgpu' && (options.gpuGraph ?? true) ? entry.gpu : undefined;
    const files = gpu ?? entry;
    const [tokenizerJson, tokenizerConfig, graph, weights, buffers] = await Promise.all([
      readChecked(read, manifest, 'tokenizer.json', verify, onProgress),
      readChecked(read, manifest, 'tokenizer_config.json', verify, onProgress),
      readChecked(read, manifest, files.file, verify, onProgress),
      files.externalData === undefined ? null : readChecked(read, manifest, files.externalData, verify, onProgress),
      gpu === undefined ? null : readChecked(read, manifest, gpu.buffers, verify, onProgress),
    ]);
    const tokenizer = PrmTokenizer.fromJson(utf8.decode(tokenizerJson), utf8.decode(tokenizerConfig), manifest.input);
    tokenizer.checkHead(manifest.head);
    if (manifest.resultCheck) tokenizer.checkDigitTokens(manifest.resultCheck.tokenIds);
    const threads = threadCount(options.threads);
    const externalData = weights === null ? undefined : { path: files.externalData!.split('/').pop()!, data: weights };
    checkCancelled();
    onProgress({ type: 'progress', file: 'runtime', loadedBytes: 0, totalBytes: null, fromCache: false });
    const width = logitsWidth(manifest);
    const runner: GraphRunner =
      gpu === undefined || buffers === null
        ? new PlainRunner(
            await Decoder.create(graph, manifest.graph, backend, width, {
              externalData,
              unpackedWeightBytes: unpackBudget(options.unpackedWeightBytes),
              threads,
            }),
          )
        : await GpuDecoder.create(graph, buffers, { ...manifest.graph, headDim: gpu.headDim, kvCapacity: gpu.kvCapacity }, width, {
            ...(externalData ? { externalData } : {}),
            capture: options.graphCapture ?? true,
          });
    const budget = new CacheBudget(options.cacheBudgetBytes ?? DEFAULT_CACHE_BUDGET_BYTES, manifest.graph);
    const ctx: SessionContext = { runner, tokenizer, layout: layoutBuilder(tokenizer, manifest.input), manifest, budget };
    const info: ModelInfo = {
      name: manifest.name,
      backend,
      variant,
      threads,
      unpackedMatrices: runner.unpackedMatrices,
      graph: runner.graph,
      variants: Object.keys(manifest.variants) as Variant[],
      ...(entry.parity === undefined ? {} : { parity: entry.parity }),
      threshold: manifest.scoring.threshold,
      thresholdRule: manifest.scoring.thresholdRule ?? 'below',
      aggregation: manifest.scoring.aggregation,
      maxContext: manifest.limits.maxContext,
      scoreRange: scoreRange(manifest.head),
      stepRules: stepRules(manifest.input),
      ...(manifest.head.kind === 'implicit' ? { coef: manifest.head.coef } : {}),
      presets: manifest.presets ?? {},
      partialRewards: manifest.scoring.partialRewards,
      ...(manifest.domain === undefined ? {} : { domain: manifest.domain }),
    };
    const model = new PrmModel(ctx, info);
    checkCancelled();
    onProgress({ type: 'progress', file: 'warmup', loadedBytes: 0, totalBytes: null, fromCache: false });
    await model.score('1', ['1']);
    return model;
  }

  async score(problem: string, steps: string[], options: ScoreOptions = {}): Promise<ScoreResult> {
    checkProblem(problem);
    checkThreshold(options.threshold, this.ctx.manifest);
    const { tokenizer, manifest } = this.ctx;
    const emptyOk = manifest.input.kind === 'steps' && (manifest.input.keepEmptySteps ?? false);
    if (!Array.isArray(steps) || steps.length === 0 || steps.some((s) => typeof s !== 'string' || (!emptyOk && s.trim() === ''))) {
      throw new InvalidArgumentError('steps must be a non-empty array of non-empty strings.', 'Pass the solution as one string per step.');
    }
    tokenizer.checkText(problem, 'problem');
    for (const step of steps) tokenizer.checkText(step, 'solution');
    const prompt = this.ctx.layout.promptIds(problem);
    const layout = this.ctx.layout.fromSteps(steps);
    checkContext(prompt.length, layout.length, manifest.limits.maxContext, 'Shorten the solution or score fewer steps.');
    const { ids, targets } = runInputs(prompt, layout);
    const logits = await this.ctx.runner.score(ids, targets);
    const rows = scoreRows(logits, ids.length, manifest).slice(prompt.length);
    const scored: ScoredToken[] = layout.map((t, i) => ({ ...t, ...rows[i]! }));
    const { tokens, steps: stepList } = publicScores(scored, tokenizer, manifest);
    const threshold = options.threshold ?? this.info.threshold;
    const aggregation = options.aggregation ?? this.info.aggregation;
    return {
      tokens,
      steps: stepList,
      firstError: findFirstError(tokens, stepList, threshold, this.info.thresholdRule),
      aggregate: aggregate(
        stepList.map((s) => s.score),
        aggregation,
      )!,
      aggregation,
      threshold,
    };
  }

  async scoreBatch(solutions: Solution[], options: ScoreOptions = {}): Promise<ScoreResult[]> {
    if (!Array.isArray(solutions)) throw new InvalidArgumentError('scoreBatch needs an array of { problem, steps }.', 'Pass [{ problem, steps: [...] }, ...].');
    const results: ScoreResult[] = [];
    for (const { problem, steps } of solutions) results.push(await this.score(problem, steps, options));
    return results;
  }

  async open(problem: string, onEvents: SessionEventListener, options: SessionOptions = {}): Promise<ScoringSession> {
    checkProblem(problem);
    checkThreshold(options.threshold, this.ctx.manifest);
    this.ctx.tokenizer.checkText(problem, 'problem');
    return StreamingSession.open(this.ctx, problem, onEvents, {
      threshold: options.threshold ?? this.info.threshold,
      aggregation: options.aggregation ?? this.info.aggregation,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  async dispose(): Promise<void> {
    await this.ctx.runner.release();
  }
}

/** Loads a PRM in this thread (the worker uses it; Node code may call it directly). */
export function loadPrm(source: ModelSource, options?: LoadOptions, onProgress?: (e: ProgressEvent) => void): Promise<PrmModel> {
  return PrmModel.load(source, options, onProgress);
}

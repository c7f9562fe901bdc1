/**
 * The tiny policy LM as a Steplight {@link TextGenerator}: the search API calls `generate()` once per candidate, and
 * the policy worker (transformers.js) writes that candidate's text while the search reads it. Candidates run
 * concurrently, one `generate()` call each in the worker (not batched: each stops on its own, when it ends or the
 * search rejects it, and a batch would run until its longest row ended).
 *
 * Not repeatable: transformers.js samples from one global random stream shared by the concurrent candidates, so
 * `request.seed` is not honoured (the CLI's sampler is seeded).
 */
import { proxy, type Remote, wrap } from 'comlink';
import type { GenerateRequest, TextGenerator, TextPiece } from '../../src/index.ts';
import { PieceStream } from './piece-stream.ts';
import type { PolicyDevice, PolicyInfo, PolicyProgress, PolicyStats, PolicyWorkerApi } from './protocol.ts';

/** Options of {@link PolicyGenerator.load}. */
export interface PolicyOptions {
  device: PolicyDevice;
  /** Folder URL of the model folders, on the page's origin; default `models/` beside the page. */
  modelsUrl?: string;
  /** The policy's folder name; default `tiny-arith-policy`. */
  modelId?: string;
  /** Tokens a candidate may run ahead of the search reading it; default 8. */
  window?: number;
  onProgress?: (progress: PolicyProgress) => void;
}

export class PolicyGenerator implements TextGenerator {
  private nextId = 1;
  private readonly streams = new Set<PieceStream>();

  private constructor(
    private readonly worker: Worker,
    private readonly remote: Remote<PolicyWorkerApi>,
    readonly info: PolicyInfo,
    private readonly window: number,
  ) {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const error = new Error(`The policy worker failed: ${event.message || 'uncaught error'}.`);
      for (const stream of this.streams) stream.settle({ error });
    });
  }

  /** Starts the policy worker and loads the policy in it. */
  static async load(options: PolicyOptions): Promise<PolicyGenerator> {
    const worker = new Worker(new URL('./policy.worker.ts', import.meta.url), { type: 'module', name: 'steplight-policy' });
    const remote = wrap<PolicyWorkerApi>(worker);
    try {
      const info = await remote.load(
        {
          modelsPath: new URL(options.modelsUrl ?? 'models/', document.baseURI).pathname,
          modelId: options.modelId ?? 'tiny-arith-policy',
          ortUrl: new URL('transformers-ort/', document.baseURI).href,
          device: options.device,
        },
        proxy((progress: PolicyProgress) => options.onProgress?.(progress)),
      );
      return new PolicyGenerator(worker, remote, info, options.window ?? 8);
    } catch (error) {
      worker.terminate();
      throw error;
    }
  }

  generate(request: GenerateRequest): AsyncIterable<TextPiece> {
    const id = this.nextId++;
    const stream = new PieceStream(
      {
        grant: (tokens) => void this.remote.grant(id, tokens).catch(() => undefined),
        abort: () => void this.remote.abort(id).catch(() => undefined),
      },
      this.window,
      request.signal,
    );
    this.streams.add(stream);
    const onPiece = proxy((piece: { text: string; tokens: number }) => stream.push(piece));
    const call = {
      id,
      problem: request.problem,
      prefix: request.prefix,
      window: this.window,
      ...(request.maxTokens === undefined ? {} : { maxTokens: request.maxTokens }),
    };
    this.remote
      .generate(call, onPiece)
      .then(
        (end) => stream.settle({ end }),
        (error: unknown) => stream.settle({ error }),
      )
      .finally(() => this.streams.delete(stream));
    // A request aborted before it started: the worker hears the abort after the call it stops.
    if (request.signal.aborted) void this.remote.abort(id).catch(() => undefined);
    return stream;
  }

  /** The worker's token counts (debug hook and tests). */
  stats(): Promise<PolicyStats> {
    return this.remote.stats();
  }

  /** Stops the worker; running generations end with an error. */
  terminate(): void {
    for (const stream of this.streams) stream.settle({ error: new Error('The policy worker was stopped.') });
    this.worker.terminate();
  }
}

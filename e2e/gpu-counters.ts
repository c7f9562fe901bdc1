/**
 * A CI-measurable proxy of GPU cost: counts the WebGPU calls a page makes (compute dispatches, passes, bind groups,
 * buffers created, queue submits, readbacks) by wrapping the WebGPU prototypes before any page script runs.
 *
 * onnxruntime-web's WebGPU build (emdawnwebgpu) calls these methods on the JS objects it holds, so every call goes
 * through the prototypes: the counts see it as long as the model runs in the page's thread (not in a worker).
 * The page reads them from `window.gpuCounters` (see {@link GpuCounterApi}).
 */
import type { Page } from '@playwright/test';

/** Calls counted since the counters were installed (or last reset). */
export interface GpuCounts {
  /** `GPUComputePassEncoder.dispatchWorkgroups` + `dispatchWorkgroupsIndirect`. */
  dispatches: number;
  /** `dispatchWorkgroupsIndirect` alone (also in `dispatches`). */
  indirectDispatches: number;
  /** `GPUCommandEncoder.beginComputePass`. */
  computePasses: number;
  /** `GPUDevice.createBindGroup`. */
  bindGroups: number;
  /** `GPUDevice.createBuffer`, whatever the usage. */
  buffers: number;
  /** Bytes of the buffers created. */
  bufferBytes: number;
  /** Buffers created with MAP_WRITE (staging for uploads). */
  uploadBuffers: number;
  /** Buffers created with MAP_READ (readback). */
  readbackBuffers: number;
  /** Buffers created with UNIFORM (and no MAP flag). */
  uniformBuffers: number;
  /** The other buffers created (storage). */
  storageBuffers: number;
  /** `GPUQueue.submit`. */
  submits: number;
  /** Command buffers submitted. */
  commandBuffers: number;
  /** `GPUQueue.writeBuffer`. */
  writeBuffers: number;
  /** `GPUBuffer.mapAsync`. */
  mapAsyncs: number;
  /** `GPUCommandEncoder.copyBufferToBuffer`. */
  bufferCopies: number;
  /** `GPUDevice.createComputePipeline` + `createComputePipelineAsync`. */
  pipelines: number;
}

/** A device request seen in the page: the features asked for. */
export interface DeviceRequest {
  requiredFeatures: string[];
}

/** What the page sees on `window.gpuCounters`. */
export interface GpuCounterApi {
  /** A copy of the counts. */
  snapshot(): GpuCounts;
  /** Sets every count to 0. */
  reset(): void;
  /** Every `GPUAdapter.requestDevice` call of the page, in order. */
  readonly deviceRequests: DeviceRequest[];
  /** `Class.method` names that could not be wrapped (absent in this browser): counts for them stay 0. */
  readonly unwrapped: string[];
}

declare global {
  interface Window {
    gpuCounters: GpuCounterApi;
  }
}

/** The count names, in a fixed order. */
export const GPU_COUNT_NAMES = [
  'dispatches',
  'indirectDispatches',
  'computePasses',
  'bindGroups',
  'buffers',
  'bufferBytes',
  'uploadBuffers',
  'readbackBuffers',
  'uniformBuffers',
  'storageBuffers',
  'submits',
  'commandBuffers',
  'writeBuffers',
  'mapAsyncs',
  'bufferCopies',
  'pipelines',
] as const satisfies readonly (keyof GpuCounts)[];

/** `after - before`, count by count. */
export function gpuCountsDelta(before: GpuCounts, after: GpuCounts): GpuCounts {
  const delta = { ...after };
  for (const name of GPU_COUNT_NAMES) delta[name] = after[name] - before[name];
  return delta;
}

/** Installs the counters in `page` (and every page it navigates to) before any page script runs. */
export async function installGpuCounters(page: Page): Promise<void> {
  await page.addInitScript((names: readonly string[]) => {
    const counts = Object.fromEntries(names.map((name) => [name, 0])) as unknown as GpuCounts;
    const deviceRequests: DeviceRequest[] = [];
    const unwrapped: string[] = [];
    type Prototype = Record<string, unknown>;
    const scope = globalThis as unknown as Record<string, { prototype: Prototype } | undefined>;
    /** Replaces `Class.prototype.method` by a function that calls `count` with the arguments, then the original. */
    const wrap = (className: string, method: string, count: (args: unknown[]) => void) => {
      const prototype = scope[className]?.prototype;
      const original = prototype?.[method];
      if (prototype === undefined || typeof original !== 'function') {
        unwrapped.push(`${className}.${method}`);
        return;
      }
      prototype[method] = function (this: unknown, ...args: unknown[]): unknown {
        count(args);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    };
    // GPUBufferUsage flags (WebGPU spec).
    const MAP_READ = 0x1;
    const MAP_WRITE = 0x2;
    const UNIFORM = 0x40;
    wrap('GPUComputePassEncoder', 'dispatchWorkgroups', () => {
      counts.dispatches += 1;
    });
    wrap('GPUComputePassEncoder', 'dispatchWorkgroupsIndirect', () => {
      counts.dispatches += 1;
      counts.indirectDispatches += 1;
    });
    wrap('GPUCommandEncoder', 'beginComputePass', () => {
      counts.computePasses += 1;
    });
    wrap('GPUCommandEncoder', 'copyBufferToBuffer', () => {
      counts.bufferCopies += 1;
    });
    wrap('GPUDevice', 'createBindGroup', () => {
      counts.bindGroups += 1;
    });
    wrap('GPUDevice', 'createBuffer', (args) => {
      const descriptor = args[0] as { size?: number; usage?: number } | undefined;
      const usage = descriptor?.usage ?? 0;
      counts.buffers += 1;
      counts.bufferBytes += descriptor?.size ?? 0;
      if (usage & MAP_WRITE) counts.uploadBuffers += 1;
      else if (usage & MAP_READ) counts.readbackBuffers += 1;
      else if (usage & UNIFORM) counts.uniformBuffers += 1;
      else counts.storageBuffers += 1;
    });
    for (const method of ['createComputePipeline', 'createComputePipelineAsync']) {
      wrap('GPUDevice', method, () => {
        counts.pipelines += 1;
      });
    }
    wrap('GPUQueue', 'submit', (args) => {
      counts.submits += 1;
      const buffers = args[0];
      counts.commandBuffers += Array.isArray(buffers) ? buffers.length : 0;
    });
    wrap('GPUQueue', 'writeBuffer', () => {
      counts.writeBuffers += 1;
    });
    wrap('GPUBuffer', 'mapAsync', () => {
      counts.mapAsyncs += 1;
    });
    wrap('GPUAdapter', 'requestDevice', (args) => {
      const descriptor = args[0] as { requiredFeatures?: Iterable<string> } | undefined;
      deviceRequests.push({ requiredFeatures: [...(descriptor?.requiredFeatures ?? [])] });
    });
    const api: GpuCounterApi = {
      snapshot: () => ({ ...counts }),
      reset: () => {
        for (const name of names) (counts as unknown as Record<string, number>)[name] = 0;
      },
      deviceRequests,
      unwrapped,
    };
    window.gpuCounters = api;
  }, GPU_COUNT_NAMES);
}

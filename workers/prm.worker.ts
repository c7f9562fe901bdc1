/** The scoring worker: exposes the worker host over Comlink. */
import { expose } from 'comlink';
import { createWorkerHost } from '../src/worker-host.ts';

expose(createWorkerHost());

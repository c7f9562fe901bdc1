/** The scoring worker: exposes the worker host over Comlink. */
import { expose } from 'comlink';
import { createWorkerHost } from './host.ts';

expose(createWorkerHost());

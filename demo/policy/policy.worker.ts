/** The policy worker: the tiny policy LM under transformers.js, exposed over Comlink (see policy-host.ts). */
import { expose } from 'comlink';
import { createPolicyHost } from './policy-host.ts';

expose(createPolicyHost());

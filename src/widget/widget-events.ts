/** The events `<steplight-steps>` dispatches (bubbling, composed), with their typed `detail`. */
import type { ErrorData, FirstError, ModelInfo, SessionEvent, StepScore, TokenScore } from '../index.ts';

/** `detail` of each widget event, by event name. */
export interface SteplightWidgetEventDetails {
  /** The model is loaded (shared by every widget asking for the same one). */
  'steplight-ready': ModelInfo;
  /** A solution token was scored (its partial reward). */
  'steplight-token': TokenScore;
  /** A step was finished and scored at its separator. */
  'steplight-step': StepScore;
  /** The first step below the threshold, the moment it is known. */
  'steplight-first-error': FirstError;
  /** Tokens from `tokenIndex` on were withdrawn (an edit, or a re-tokenized chunk boundary). */
  'steplight-rollback': { tokenIndex: number; stepIndex: number };
  /** Something failed: a typed error as data. The widget keeps its text and shows the message. */
  'steplight-error': ErrorData;
}

/** Name of a widget event. */
export type SteplightWidgetEventName = keyof SteplightWidgetEventDetails;

declare global {
  interface HTMLElementEventMap {
    'steplight-ready': CustomEvent<SteplightWidgetEventDetails['steplight-ready']>;
    'steplight-token': CustomEvent<SteplightWidgetEventDetails['steplight-token']>;
    'steplight-step': CustomEvent<SteplightWidgetEventDetails['steplight-step']>;
    'steplight-first-error': CustomEvent<SteplightWidgetEventDetails['steplight-first-error']>;
    'steplight-rollback': CustomEvent<SteplightWidgetEventDetails['steplight-rollback']>;
    'steplight-error': CustomEvent<SteplightWidgetEventDetails['steplight-error']>;
  }
}

/** Dispatches `name` with `detail` from `target`. */
export function emit<K extends SteplightWidgetEventName>(target: HTMLElement, name: K, detail: SteplightWidgetEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Dispatches from `target` the widget events of a session's `events` (token, step, first-error, rollback). */
export function emitSessionEvents(target: HTMLElement, events: readonly SessionEvent[]): void {
  for (const event of events) {
    const { type, ...detail } = event;
    if (type === 'token') emit(target, 'steplight-token', detail as Omit<Extract<SessionEvent, { type: 'token' }>, 'type'>);
    else if (type === 'step') emit(target, 'steplight-step', detail as Omit<Extract<SessionEvent, { type: 'step' }>, 'type'>);
    else if (type === 'first-error') emit(target, 'steplight-first-error', detail as Omit<Extract<SessionEvent, { type: 'first-error' }>, 'type'>);
    else if (type === 'rollback') emit(target, 'steplight-rollback', detail as Omit<Extract<SessionEvent, { type: 'rollback' }>, 'type'>);
  }
}

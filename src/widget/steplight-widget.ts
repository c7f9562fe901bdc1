/**
 * The embeddable widget: `<script type="module" src=".../steplight-widget.js"></script>` defines
 * `<steplight-steps>`. Every widget and the library's `createSteplight()` share one worker and one load per
 * model; its worker, onnxruntime-web files and the built-in model come with the package (bundlers copy them) unless
 * `configureSteplight()` points elsewhere.
 *
 * The entry `steplight/widget` also exports the pieces the element is built from, for pages that draw scores
 * themselves: {@link StepsView} (the scored-steps view), {@link stepsViewModel} (what it draws, domain checks
 * included) and {@link StreamPlayer} (plays a text piece by piece, as an LLM writes it).
 */
import { SteplightStepsElement } from './steplight-steps.ts';

export { configureSteplight } from '../index.ts';
export type { SteplightConfig } from '../index.ts';
export type { ModelRequest } from './shared-model.ts';
export type { SteplightWidgetEventDetails, SteplightWidgetEventName } from './widget-events.ts';
export { SteplightStepsElement };
export { StepsView, stepsViewModel } from './steps-view.ts';
export type { StepsViewModel } from './steps-view.ts';
export { pieces, StreamPlayer } from './stream.ts';

if (!customElements.get('steplight-steps')) customElements.define('steplight-steps', SteplightStepsElement);

declare global {
  interface HTMLElementTagNameMap {
    'steplight-steps': SteplightStepsElement;
  }
}

/**
 * The embeddable widget: `<script type="module" src=".../steplight-widget.js"></script>` defines
 * `<steplight-steps>`. Its worker, wasm files and the built-in model are found beside this script
 * unless `configureSteplight()` points elsewhere.
 *
 * The entry `steplight/widget` also exports the pieces the element is built from, for pages that draw scores
 * themselves: {@link StepsView} (the scored-steps view), {@link stepsViewModel} (what it draws, domain checks
 * included) and {@link StreamPlayer} (plays a text piece by piece, as an LLM writes it).
 */
import { setDefaults } from './shared-model.ts';
import { SteplightStepsElement } from './steplight-steps.ts';

export { configureSteplight } from './shared-model.ts';
export type { ModelRequest, WidgetConfig } from './shared-model.ts';
export type { SteplightWidgetEventDetails, SteplightWidgetEventName } from './widget-events.ts';
export { SteplightStepsElement };
export { StepsView, stepsViewModel } from './steps-view.ts';
export type { StepsViewModel } from './steps-view.ts';
export { pieces, StreamPlayer } from './stream.ts';

/** Folder of the built-in model, relative to this script (kept out of the bundler's asset scan). */
const builtinModelPath = 'models/tiny-arith-prm/';
setDefaults({ builtinModelUrl: new URL(builtinModelPath, import.meta.url) });

if (!customElements.get('steplight-steps')) customElements.define('steplight-steps', SteplightStepsElement);

declare global {
  interface HTMLElementTagNameMap {
    'steplight-steps': SteplightStepsElement;
  }
}

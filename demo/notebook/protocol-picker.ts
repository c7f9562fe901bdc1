/** The notebook's protocol picker: the model's presets offered, and the threshold slider set to the chosen protocol. */
import type { ModelInfo } from '../../src/index.ts';
import type { Protocol } from './protocol.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A threshold as the page shows it: two decimals, more when a preset's threshold needs them (0.5005). */
export function thresholdText(threshold: number): string {
  return Math.abs(threshold * 100 - Math.round(threshold * 100)) < 1e-9 ? threshold.toFixed(2) : String(Number(threshold.toFixed(4)));
}

/** Lists the model's evaluation presets in the picker (hidden when it has none). */
export function offerPresets(info: ModelInfo): void {
  const select = byId<HTMLSelectElement>('preset');
  for (const name of Object.keys(info.presets)) select.append(new Option(`${name} preset`, name));
  byId('preset-field').hidden = Object.keys(info.presets).length === 0;
}

/** Shows `protocol` as chosen: the picker, the preset's notes, the slider over the model's score range at its threshold. */
export function showProtocol(protocol: Protocol, info: ModelInfo): void {
  byId<HTMLSelectElement>('preset').value = protocol.preset ?? '';
  const notes = byId('preset-notes');
  notes.textContent = protocol.notes.map((n) => `Note: ${n}.`).join(' ');
  notes.hidden = protocol.notes.length === 0;
  const slider = byId<HTMLInputElement>('threshold');
  [slider.min, slider.max] = info.scoreRange.map(String) as [string, string];
  slider.value = String(protocol.threshold);
  byId('threshold-value').textContent = thresholdText(protocol.threshold);
}

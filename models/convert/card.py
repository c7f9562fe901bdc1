"""The model card (`README.md`) the converter writes into a Steplight folder, so the folder can be uploaded to the
Hugging Face Hub as it is: YAML front matter (`library_name: steplight`, tags, the source's license and Hub id when
known), how to load the folder, the per-variant parity table (`report.py`) and the ProcessBench preset."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

#: Front-matter keys copied from the source's own model card when it has them.
LICENSE_KEYS = ("license", "license_name", "license_link")


def source_license(src: Path) -> dict:
    """The license keys of the source folder's README.md front matter (empty when it has none)."""
    card = src / "README.md"
    text = card.read_text(encoding="utf-8") if card.exists() else ""
    if not text.startswith("---"):
        return {}
    meta = yaml.safe_load(text.split("---", 2)[1]) or {}
    return {key: meta[key] for key in LICENSE_KEYS if key in meta}


def front_matter(family: str, base_model: str | None, license_keys: dict) -> str:
    meta = {
        "library_name": "steplight",
        "tags": ["steplight", "process-reward-model", "onnx", family],
        **({"base_model": base_model} if base_model else {}),
        **license_keys,
    }
    return f"---\n{yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)}---\n"


def _number(value: float) -> str:
    return f"{value:.2g}" if value < 0.01 else f"{value:.3f}"


def variant_table(manifest: dict, folder: Path) -> str:
    rows = [
        "| variant | file | size | quantization | WebGPU | max \\|Δ\\| vs fp32 | mean \\|Δ\\| vs fp32 | same first error as fp32 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, entry in manifest["variants"].items():
        size = sum((folder / f).stat().st_size for f in (entry["file"], entry.get("externalData")) if f) / 1e6
        webgpu = entry["webgpu"] + (f" (needs `{entry['requires']}`)" if "requires" in entry else "")
        parity = entry.get("parity")
        measured = (
            [_number(parity["maxAbsDiffVsFp32"]), _number(parity["meanAbsDiffVsFp32"]), f"{parity['firstErrorAgreement']:.0%}"]
            if parity
            else ["— (the reference)", "—", "—"]
        )
        rows.append(f"| {name} | `{entry['file']}` | {size:.1f} MB | {entry['quantization']} | {webgpu} | " + " | ".join(measured) + " |")
    return "\n".join(rows)


def preset_section(preset: dict) -> str:
    lines = [
        f"- `{key}` = {json.dumps(preset[key], ensure_ascii=False)} (source: {preset['sources'][key]})"
        for key in ("threshold", "thresholdRule", "stepPrefix", "coef")
        if key in preset
    ]
    return "\n".join(lines + [f"- note: {note}" for note in preset.get("notes", [])])


def render(manifest: dict, folder: Path, family: str, base_model: str | None, license_keys: dict) -> str:
    """The card of the converted folder `folder`, whose prm.json is `manifest`."""
    name, scoring = manifest["name"], manifest["scoring"]
    rule = "at or below" if scoring.get("thresholdRule") == "at-or-below" else "below"
    records = next((v["parity"]["records"] for v in manifest["variants"].values() if "parity" in v), None)
    measured = (
        f"The other variants round the weights. Measured by the converter on {records} problems with steps "
        "(`models/convert/records.py`, some with a wrong step): each laid out once from `prm.json` as the runtime lays it "
        "out, then run through fp32 and through each variant at the same token ids (onnxruntime, CPU). Δ is the difference "
        "of step scores in the family's own scale; the last column is the share of records whose first error "
        "(`scoring.threshold`, `scoring.thresholdRule`) is fp32's. The same numbers are in `prm.json` "
        "(`variants.<name>.parity`). Check a quantized variant against fp32 on labelled data "
        "(`steplight eval FILE --model DIR --variant q4`) before relying on it."
        if records
        else "Only fp32 was converted."
    )
    return f"""{front_matter(family, base_model, license_keys)}
# {name} for Steplight

{manifest["description"]} A Steplight model folder: a KV-cached ONNX graph whose output is the PRM head, the \
tokenizer files, and `prm.json`, which tells the runtime how problem and steps become tokens, where each step's \
score is read and how it is thresholded.

Family `{family}`: steps are cut at `{json.dumps(manifest["input"]["stepSplit"])}`, a step scoring {rule} \
{scoring["threshold"]} is wrong, and a solution scores the {scoring["aggregation"]} of its step scores.

## Load it

```ts
import {{ createSteplight }} from 'steplight';

const steplight = createSteplight();
const model = await steplight.load({{ kind: 'hub', id: 'you/{name}' }});   // this folder uploaded to the Hub
// or served beside your page: steplight.load({{ kind: 'url', url: '/models/{name}/' }})
const result = await model.score(problem, steps);                         // step scores and the first error
```

From Node: `npx steplight score --model ./{name} --problem "..." --steps-file steps.txt`.

## Variants

{variant_table(manifest, folder)}

fp32 reproduces the authors' step scores within 1e-4 (Steplight's family parity tests). {measured}

## ProcessBench

`npx steplight eval processbench.jsonl --model ./{name} --preset processbench` runs with the settings of the \
authors' ProcessBench script:

{preset_section(manifest["presets"]["processbench"])}
"""

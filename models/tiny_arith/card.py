"""Renders the model card (models/tiny-arith-prm/README.md) from measured numbers."""

from __future__ import annotations

import json
from pathlib import Path

from transformers import Qwen2Config

from .markup import reads_markup


def _row(name: str, m: dict, key: str) -> str:
    t = m[key]
    return (
        f"| {name} | {m['size_bytes'] / 1e6:.2f} MB | {t['acc_error']:.3f} | {t['acc_correct']:.3f} | **{t['f1']:.3f}** "
        f"| {t['first_error_exact']:.3f} | {t['first_error_token_exact']:.3f} |"
    )


def _authors_rows(authors: dict) -> str:
    return "\n".join(
        f"| {variant} | {source} | {'yes' if m['held_out'] else 'no (its generator fed training)'} | {m['n']} | {m['acc_error']:.3f} | {m['acc_correct']:.3f} "
        f"| **{m['f1']:.3f}** | {m['first_error_exact']:.3f} |"
        for variant, rows in authors.items()
        for source, m in rows.items()
    )


def _authors_verdict(authors: dict) -> str:
    held = {s: m for s, m in authors["q4"].items() if m["held_out"]}
    worst = min(held.items(), key=lambda item: item[1]["f1"])
    bar = all(m["f1"] >= 0.90 and m["acc_correct"] >= 0.90 and m["first_error_exact"] >= 0.85 for m in held.values())
    return (
        "On every held-out author's wording (q4) it meets the bar (F1 >= 0.90, correct records >= 0.90, first error exact >= 0.85)."
        if bar
        else f"On other authors' wording it is not there yet: its weakest held-out source (q4) is {worst[0]} at F1 {worst[1]['f1']:.3f} "
        f"(correct records {worst[1]['acc_correct']:.3f}, first error exact {worst[1]['first_error_exact']:.3f}; bar 0.90 / 0.90 / 0.85)."
    )


def _calibration(training: dict) -> str:
    """The card's calibration bullet (with its newline), or nothing for a model never calibrated."""
    cal = training.get("calibration")
    if cal is None:
        return ""
    row = next(r for r in cal["table"] if r["offset"] == cal["offset"])
    zero = cal["table"][0]
    return (
        f'- Calibration (`tiny_arith/calibrate.py`): {cal["offset"]} added to the head\'s "correct" logit, '
        f"{cal['rule']}; chosen on the {len(cal['authors'])} trained authors' records only (mean F1 {zero['trained_mean_f1']:.3f} "
        f"-> {row['trained_mean_f1']:.3f}, test {zero['test_f1']:.3f} -> {row['test_f1']:.3f}); no held-out source took part. "
        "Every weight is stored as the q4 file rounds it (the model quantization-aware training made), so each variant "
        "computes what q4 computes and the offset suits them all.\n"
    )


def _markup(markup: bool) -> str:
    """The tokenizer bullet's sentence on markup (markup.py), if the tokenizer reads it."""
    if not markup:
        return ""
    return (
        "\n  Its normalizer reads a chat model's LaTeX and markdown as plain text (`tiny_arith/markup.py`: `\\times` as `×`, "
        "`\\frac{a}{b}` as `a ÷ b`, `\\[ ... \\]`, `$$`, `\\text{}`, `\\boxed{}`, aligned environments, `**` and `##` headings "
        "dropped); the page shows the steps as read."
    )


def write(model: Path) -> None:
    """MODEL/README.md from MODEL's metrics.json, training-log.json and config.json."""
    metrics = json.loads((model / "metrics.json").read_text())
    summary = {name: m for name, m in metrics.items() if name not in ("authors", "digit_places")}
    training = json.loads((model / "training-log.json").read_text())
    cfg = Qwen2Config.from_pretrained(model)
    card = render(summary, metrics["authors"], training, cfg, metrics.get("digit_places", {}), reads_markup(model / "tokenizer.json"))
    (model / "README.md").write_text(card)


def _result_check(training: dict) -> str:
    """The model-card line on the result check (result_check.py), if the model carries one."""
    entry = training.get("result_check")
    if not entry:
        return ""
    return (
        "- Result check: a linear head on the last hidden state (10 more `logits` columns, prm.json `resultCheck`) "
        "predicts each digit of a result (the digits right after `=`) from the token before it; it was fitted with the "
        f"backbone frozen on {entry['digits']:,} right result digits ({entry['records']:,} generated records, seed "
        f"{entry['seed']}, and the trained authors' records; loss {entry['loss']}, `python -m models.tiny_arith.result_check`). "
        "A result digit scores min(1, (p / p_max) / 0.02), p its probability and p_max the likeliest digit's, and a "
        "step's partial reward is the lower of the score head's and its lowest digit score so far.\n"
    )


def _digits(digit_places: dict) -> str:
    """The Limits sentence on which digits of a result the judge reads (digits.py), if measured."""
    if "q4" not in digit_places:
        return ""
    rows = digit_places["q4"]

    def share(key: str) -> str:
        row = rows.get(key, {"flagged": 0, "total": 0})
        return f"{row['flagged']}/{row['total']}"

    return (
        "Which digits of a result it checks: with one digit of a correct step's result changed by one (`245 + 141 = "
        f"376` for 386), q4 flags the step when the last digit changed in {share('all last')}, the leading digit in "
        f"{share('all leading')}, and a digit between them in {share('all between')} (test split, "
        "`python -m models.tiny_arith.digits`). The tiny policy's slips often fall between the first and last digit "
        '(`tiny-arith-policy/SEARCH-RESULTS.md`, "Which digits").\n'
    )


def render(summary: dict, authors: dict, training: dict, cfg: Qwen2Config, digit_places: dict, markup: bool = False) -> str:
    header = "| variant | size | acc (erroneous) | acc (correct) | F1 | first-error step exact | first-error token exact |\n|---|---|---|---|---|---|---|"
    test_rows = "\n".join(_row(n, m, "test") for n, m in summary.items())
    heldout_rows = "\n".join(_row(n, m, "heldout") for n, m in summary.items())
    parity = "\n".join(
        f"| {n} | {m['max_abs_prob_diff_vs_torch']:.2e} | {m['vs_fp32_test']['max_abs_prob_diff']:.2e} | {m['vs_fp32_test']['decision_changes'] * 100:.1f} % |"
        for n, m in summary.items()
    )
    authors_rows = _authors_rows(authors)
    kinds = ", ".join(f"{k.replace('_', ' ')} {v['found']}/{v['total']}" for k, v in summary["fp32"]["test_by_error_kind"].items())
    phases = "\n".join(
        f"| {i + 1}. {ph['name']} | {ph['data']['train']['records']:,} records | {ph['steps_run']:,} × {ph['config']['batch']} "
        f"| {ph['config']['lr']} | {ph['wall_s'] / 60:.1f} min on {ph['machine']} | {ph['best']['f1']:.3f} |"
        for i, ph in enumerate(training["phases"])
    )
    first = training["phases"][0]
    splits = "\n".join(f"| {n} | {d['style']} | {d['seed']} | {d['records']} |" for n, d in first["data"].items() if n != "train" and isinstance(d, dict))
    gaps = ", ".join(f"{n} {m['streamed_vs_one_pass_max_diff']:.1e}" for n, m in summary.items())
    test_f1 = summary["fp32"]["test"]["f1"]
    heldout_f1 = summary["fp32"]["heldout"]["f1"]
    verdict = (
        f"It meets the quality bar on the test split (F1 {test_f1:.3f} >= 0.95)"
        if test_f1 >= 0.95
        else f"It is short of the quality bar on the test split (F1 {test_f1:.3f} < 0.95)"
    )
    verdict += f"; on the recipe's own held-out templates, which share the training generator's hands, it reaches F1 {heldout_f1:.3f} (bar 0.90)."
    return f"""# tiny-arith-prm

A tiny process reward model for the tiny-arith domain (`models/tiny-arith-prm/DOMAIN.md`): word problems
with 1-5 integer changes and step-by-step solutions. It is Steplight's built-in model and the fixture of its
tests and benchmarks. It cannot judge real competition math.

- Architecture: `Qwen2ForTokenClassification` (transformers), {cfg.num_hidden_layers} layers, hidden {cfg.hidden_size},
  {cfg.num_attention_heads} heads / {cfg.num_key_value_heads} KV heads, MLP {cfg.intermediate_size}, vocab {cfg.vocab_size},
  {training["parameters"]:,} parameters, 2 labels (index 1 = correct), max context {cfg.max_position_embeddings}.
- Tokenizer: byte-level BPE (`tokenizers`), digits split one per token, specials `<|pad|>`, `<|bos|>`, `<extra_0>`.{_markup(markup)}
- Input: `<|bos|>` + problem + `\\n`, then every step tokenized on its own followed by `<extra_0>`, each step read
  through the equation view (prm.json `stepView: "equation"`, `tiny_arith/step_view.py` and `src/step-view.ts`): as its
  equation alone (`Minus $32 for a phone stand: 201 - 32 = 169.` reads `201 - 32 = 169.`), a step with no equation as
  its last number stated as the answer (`The answer is 151.`), a step with no number as typed; the page shows the
  steps as read. The step score is P(correct) at its `<extra_0>`; every solution token carries a partial reward:
  P("everything up to this token is still consistent").
- Training: from scratch, seed {first["config"]["seed"]}, loss on every solution token (separators weighted
  x{first["config"]["separator_weight"]}) plus an auxiliary next-token loss (weight {first["config"]["lm_weight"]}, head not
  exported), AdamW with warmup and a cosine decay over the phase's time budget, checkpoint with the lowest validation
  token loss; {training["steps_run"]:,} steps and {training["wall_s"] / 60:.1f} min of training in all:

  | phase | training data | steps × batch | peak lr | wall time | validation F1 (that phase's wording) |
  |---|---|---|---|---|---|
  {phases.replace(chr(10), chr(10) + "  ")}

{_calibration(training)}{_result_check(training)}- Rebuild: see "Rebuilding the built-in model" in `models/README.md` (the commands of the phases above; the
  default one-command CPU profile runs in about 40 minutes on 2 cores and reaches a weaker model).

## Data

| split | generator wording | seed | records |
|---|---|---|---|
| train | training | packed: 1, 1001, 2001, ... (50,000 records each); streamed: 100000, 100001, ... (8,192 each) | see phases |
{splits}

About half of the records have an error (arithmetic slip, wrong operand, wrong operation, or wrong final answer).
`data/test.jsonl` and `data/heldout.jsonl` ship here; the held-out split uses other names, items and sentence
templates than training. Training records made with `--wide` compose 40% of their sentences from random common
English words and made-up words around the meaningful parts (name, start number, change phrases, equation, answer);
`models/tiny_arith/wide.py` checks at import that none of those words appears in the held-out wording.

## Results (threshold 0.5, ProcessBench semantics)

Test split ({summary["fp32"]["test"]["n"]} records, training wording):

{header}
{test_rows}

Held-out wording ({summary["fp32"]["heldout"]["n"]} records):

{header}
{heldout_rows}

"first-error token exact": the first solution token with partial reward < 0.5 is exactly the token where the
labelled error becomes visible (or none on correct records).

### Other authors' wording (leave-authors-out)

The two splits above come from the recipe's own generator. `data/authors/` holds sets written by other authors
who saw only the domain spec (`DOMAIN.md`) and a brief: grammars of their own and two sets written by hand, one
record at a time, as prose (`data/authors/README.md` says who wrote what and under which brief). "Held out" sources
were never trained on, nor were their generators run for training; training drew fresh records from the generators
of the sources marked "no". The hand-written prose sets are never trained on. Measured by
`python -m models.tiny_arith.authors --model models/tiny-arith-prm`:

| variant | source | held out | records | acc (erroneous) | acc (correct) | F1 | first-error step exact |
|---|---|---|---|---|---|---|---|
{authors_rows}

The model before phase 8 (phase 7, trained on the recipe's generators only) scored F1 0.00-0.10 (q4) on every one of
these sources: it called 1-6 % of correct solutions correct (see "Rebuilding the built-in model" in `models/README.md`
for the command that measures it).

## Parity (test split, every token of every record)

| variant | max abs prob diff vs PyTorch | max abs prob diff vs fp32 ONNX | first-error decision changes vs fp32 |
|---|---|---|---|
{parity}

Streamed against one pass (the first 20 test records: half the tokens in one run, then one token per run), max
|probability difference|: {gaps}. `int8` quantizes activations dynamically (the scale comes from each run's tensor),
so its outputs depend on how the tokens are chunked into runs, and single tokens can flip: use it for one-shot
scoring only. `q4` and `fp16` quantize weights only and stream exactly; `q4` is the default on both backends.

All numbers come from `metrics.json`, written by the build with onnxruntime (CPU) on the files in `onnx/`.

## Limits

{verdict} {_authors_verdict(authors)} First error found exactly, by kind of error (fp32, test split): {kinds}.
{_digits(digit_places)}Text outside the domain (no numbers, several questions, algebra, decimals or fractions, numbers above 9,999) is
not judged: `prm.json` names the domain, and the demo, the widget and the notebook say so instead of painting
scores (`checkDomain` in the library).
It judges only the tiny-arith domain; use it to exercise the runtime and the demos, not to judge real solutions.
"""

"""ProcessBench protocol presets: each family's evaluation settings as its authors' ProcessBench script sets them,
written into prm.json `presets.processbench` and applied by `steplight eval --preset processbench`. Every setting
names its source (models/convert/CONVENTIONS.md gives the sections); `notes` say what the runtime cannot follow.
"""

from __future__ import annotations

PB = "QwenLM/ProcessBench"

PROCESSBENCH = {
    "qwen2.5-math-prm": {
        "threshold": 0.5,
        "sources": {
            "threshold": "the predicted class, positive probability > 0.5 (Lessons arXiv 2501.07301 §2.2 follows ProcessBench; "
            "sail-sg/ActivePRM src/active_prm/eval/processbench.py: score < 0.5 is an error)",
        },
    },
    "skywork-prm": {
        "threshold": 0.5,
        "sources": {
            "threshold": "third-party default (sail-sg/ActivePRM src/active_prm/eval/processbench.py); ProcessBench tuned it for "
            "best F1 on GSM8K and did not publish it (ProcessBench arXiv 2412.06559 §4.1; QwenLM/ProcessBench issue #3)",
        },
        "notes": ["ProcessBench's threshold is the best-F1 one on the GSM8K subset, unpublished: tune --threshold on GSM8K to reproduce it"],
    },
    "math-shepherd": {
        "threshold": 0.5,
        "sources": {"threshold": f"the model's own +/- prediction, p(+) > 0.5 ({PB} issue #3)"},
    },
    "rlhflow": {
        "threshold": 0.5,
        "sources": {"threshold": f"a step is correct iff the greedy next token starts with '+' ({PB} code/run_eval_prm_rlhflow.py)"},
        "notes": [
            "the script decodes one greedy token over the whole vocabulary; Steplight compares '+' with '-' only",
            "the script's first user turn is problem + '\\n\\n' + step 1; Steplight's is problem + ' ' + step 1 (math-rm/prm_evaluate.py)",
        ],
    },
    "trl": {
        "threshold": 0.5,
        "sources": {"threshold": "the first prefix whose last token is not LABEL_1, argmax of 2 labels (huggingface/ProcessBench code/run_eval_prm_trl.py)"},
    },
    "pure": {
        "threshold": 0.0,
        "thresholdRule": "at-or-below",
        "sources": {
            "threshold": "reward = p1 - p0, a step is correct iff reward > 0 (https://huggingface.co/jinachris/PURE-PRM-7B card)",
            "thresholdRule": "correct iff reward > 0: a reward of exactly 0 is wrong (same card)",
        },
    },
    "implicit": {
        "threshold": 0.5005,
        "stepPrefix": "Step {n}: ",
        "coef": 0.005,
        "sources": {
            "threshold": "--best_threshold 0.5005 on sigmoid(value) (PRIME-RL/ImplicitPRM eval/process_eval.sh)",
            "stepPrefix": "each step prefixed with 'Step {i+1}: ' (PRIME-RL/ImplicitPRM eval/processbench.py build_item_tensors)",
            "coef": "--coef 0.005 (PRIME-RL/ImplicitPRM eval/process_eval.sh)",
        },
        "notes": ["the script's reference model is Qwen2.5-7B-Instruct (eval/process_eval.sh); convert with that --reference to reproduce it"],
    },
}

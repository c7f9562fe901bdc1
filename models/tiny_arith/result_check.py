"""The built-in judge's result check: the digits of a result, read against what the judge itself would write there.

The score head alone checks a result's last digit and its size, not the digits between (`245 + 141 = 376` for 386
passes; models/README.md, "Which digits"). Yet the judge's last hidden state does know them: a linear head on it,
trained to predict each digit of a right result from the token before it, writes the digits between right about
nine times in ten. So the exported graph carries that head too (10 more logit columns after the score head's 2), and
a step's score is the lower of the score head's and the check's:

- the checked tokens of a step are the digit tokens of the run right after a token ending in "=" (spaces may come
  before the run, commas inside it: `= 1,239`); the state starts afresh with every step;
- a checked digit's check is `min(1, (p / p_max) / (2 * ratio))`, where p is the probability the previous token's
  digit columns give that digit and p_max that of the likeliest digit: 0.5 when the digit is `ratio` times as likely
  as the judge's own choice, 1 from twice that;
- a token's partial reward is the lower of its score head's and the lowest check of its step so far.

`src/result-check.ts` computes the same in the runtime (prm.json's `resultCheck`).

    python -m models.tiny_arith.result_check CHECKPOINT [--records 5000]   # trains the digit head into CHECKPOINT
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer

#: Where the digit head's weights sit in a training checkpoint.
HEAD_FILE = "result_digits.safetensors"
#: A digit this many times less likely than the judge's own choice scores 0.5.
RATIO = 0.01
#: The digits' token texts, in the order of the head's columns.
DIGITS = tuple(str(d) for d in range(10))


class ResultCheck:
    """The check's token rule and arithmetic, given each token id's text."""

    def __init__(self, tokenizer: Tokenizer, separator: str, ratio: float = RATIO) -> None:
        self.digit_ids = [tokenizer.token_to_id(d) for d in DIGITS]
        if None in self.digit_ids:
            raise ValueError("the tokenizer has no single-digit token for every digit")
        self.digit_of = {token: d for d, token in enumerate(self.digit_ids)}
        self.separator = tokenizer.token_to_id(separator)
        self.tokenizer = tokenizer
        self.texts: dict[int, str] = {}
        self.ratio = ratio

    def text(self, token: int) -> str:
        if token not in self.texts:
            self.texts[token] = self.tokenizer.decode([token], skip_special_tokens=False)
        return self.texts[token]

    def checked(self, ids: list[int], start: int) -> list[int]:
        """Positions (from `start`, the first solution token) of the result digits."""
        found, after_equals, in_run = [], False, False
        for position in range(start, len(ids)):
            token = ids[position]
            text = self.text(token)
            if token == self.separator:
                after_equals = in_run = False
            elif text.rstrip().endswith("="):
                after_equals, in_run = True, False
            elif token in self.digit_of and (after_equals or in_run):
                found.append(position)
                after_equals, in_run = False, True
            elif not ((after_equals and text.strip() == "") or (in_run and text == ",")):
                after_equals = in_run = False
        return found

    def caps(self, digit_logits: np.ndarray, ids: list[int], start: int) -> np.ndarray:
        """Each token's cap: the lowest check of its step so far (1 where none); `digit_logits` [tokens, 10] are the
        graph's digit columns."""
        logits = digit_logits.astype(np.float64)
        probs = np.exp(logits - logits.max(-1, keepdims=True))
        probs /= probs.sum(-1, keepdims=True)
        checks = {p: min(1.0, probs[p - 1, self.digit_of[ids[p]]] / probs[p - 1].max() / (2 * self.ratio)) for p in self.checked(ids, start)}
        out = np.ones(len(ids))
        lowest = 1.0
        for position in range(start, len(ids)):
            lowest = min(lowest, checks.get(position, 1.0))
            out[position] = lowest
            if ids[position] == self.separator:
                lowest = 1.0
        return out

    def partial_rewards(self, value: np.ndarray, digit_logits: np.ndarray, ids: list[int], start: int) -> np.ndarray:
        """Each token's partial reward: `value` (the score head's, per token) capped by its step's lowest check so
        far (`caps`)."""
        return np.minimum(value.astype(np.float64), self.caps(digit_logits, ids, start))


def read_at_any_offset(value: np.ndarray, caps: np.ndarray) -> np.ndarray:
    """Token scores as a threshold moved off 0.5 reads them: the score head's `value`, or 0 where the check `caps` the
    token below 0.5 (the lower of the two stays under 0.5 whatever offset moves the score head)."""
    return np.where(caps >= 0.5, value, 0.0)


@torch.no_grad()
def torch_value_and_caps(model, ids: list[int], start: int, digit_head: torch.nn.Linear, check: ResultCheck) -> tuple[np.ndarray, np.ndarray]:
    """The score head's probabilities of a transformers token-classification `model` and the check's caps
    (`ResultCheck.caps`) from its `digit_head`, in one pass."""
    hidden = model.model(input_ids=torch.tensor([ids])).last_hidden_state[0]
    value = model.score(hidden).double().softmax(-1)[:, 1].numpy()
    return value, check.caps(digit_head(hidden).numpy(), ids, start)


@torch.no_grad()
def torch_partial_rewards(model, ids: list[int], start: int, digit_head: torch.nn.Linear | None, check: ResultCheck | None) -> np.ndarray:
    """`ResultCheck.partial_rewards` of a transformers token-classification `model` and its `digit_head` in one pass
    (the score head's probabilities alone when there is no check)."""
    if check is None or digit_head is None:
        return model(input_ids=torch.tensor([ids])).logits[0].double().softmax(-1)[:, 1].numpy()
    value, caps = torch_value_and_caps(model, ids, start, digit_head, check)
    return np.minimum(value, caps)


def manifest_entry(check: ResultCheck) -> dict:
    """prm.json's `resultCheck`: where the digit columns start and which token each one is."""
    return {"kind": "next-digit", "column": 2, "tokenIds": check.digit_ids, "ratio": check.ratio}


def load_head(checkpoint: Path) -> torch.nn.Linear | None:
    """The digit head trained into `checkpoint`, if any."""
    path = checkpoint / HEAD_FILE
    if not path.exists():
        return None
    weights = load_file(str(path))
    head = torch.nn.Linear(weights["weight"].shape[1], weights["weight"].shape[0])
    head.load_state_dict(weights)
    return head


def training_sites(model, check: ResultCheck, sequences: list[dict]) -> tuple[torch.Tensor, torch.Tensor]:
    """Hidden states before each right result digit (label 1: the solution still consistent there) and the digit."""
    hidden_rows, digits = [], []
    with torch.no_grad():
        for seq in sequences:
            ids = seq["input_ids"]
            positions = [p for p in check.checked(ids, seq["prompt_length"]) if seq["labels"][p] == 1]
            if positions:
                hidden = model.model(input_ids=torch.tensor([ids])).last_hidden_state[0]
                hidden_rows += [hidden[p - 1] for p in positions]
                digits += [check.digit_of[ids[p]] for p in positions]
    return torch.stack(hidden_rows), torch.tensor(digits)


def fit(hidden: torch.Tensor, digits: torch.Tensor, epochs: int = 200, seed: int = 0) -> tuple[torch.nn.Linear, float]:
    """A linear head from the hidden states to the digit (AdamW, full passes in batches of 4,096); its last loss."""
    torch.manual_seed(seed)
    head = torch.nn.Linear(hidden.shape[1], 10)
    opt = torch.optim.AdamW(head.parameters(), lr=3e-3, weight_decay=1e-3)
    loss = torch.zeros(())
    for _ in range(epochs):
        order = torch.randperm(len(digits))
        for at in range(0, len(order), 4096):
            batch = order[at : at + 4096]
            loss = torch.nn.functional.cross_entropy(head(hidden[batch]), digits[batch])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return head, float(loss.detach())


def joined_head(score: torch.nn.Linear, digits: torch.nn.Linear) -> torch.nn.Linear:
    """One linear layer computing [score head | digit head], the graph's logits row."""
    joined = torch.nn.Linear(score.in_features, score.out_features + digits.out_features)
    with torch.no_grad():
        joined.weight.copy_(torch.cat([score.weight, digits.weight]))
        score_bias = score.bias if score.bias is not None else torch.zeros(score.out_features)
        joined.bias.copy_(torch.cat([score_bias, digits.bias]))
    return joined


def main() -> None:
    from .authors import read_source, trained_on
    from .generate import generate
    from .probe import open_rounded
    from .tokenizer import STEP, build_sequence

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--model", type=Path, default=Path("models/tiny-arith-prm"), help="its tokenizer and author sources")
    parser.add_argument("--records", type=int, default=5000, help="generated records (seeded), besides the trained authors' sources")
    parser.add_argument("--seed", type=int, default=1401)
    args = parser.parse_args()
    torch.set_num_threads(2)
    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    check = ResultCheck(tokenizer, STEP)
    records = generate(args.seed, args.records, style="train", noisy=True, wide=True)
    authors = sorted(trained_on(args.checkpoint))
    for author in authors:
        records += read_source(args.model / "data/authors" / f"{author}.jsonl")
    model = open_rounded(args.checkpoint)  # the hidden states the q4 file computes
    hidden, digits = training_sites(model, check, [build_sequence(tokenizer, r) for r in records])
    head, loss = fit(hidden, digits)
    save_file({k: v.detach().contiguous() for k, v in head.state_dict().items()}, str(args.checkpoint / HEAD_FILE))
    entry = {"records": args.records, "seed": args.seed, "authors": authors, "digits": len(digits), "loss": round(loss, 4)}
    log_path = args.checkpoint / "training-log.json"
    log = json.loads(log_path.read_text())
    log_path.write_text(json.dumps({**log, "result_check": entry}, indent=1))
    print(json.dumps(entry))


if __name__ == "__main__":
    main()

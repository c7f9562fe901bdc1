"""Does the order a number's digits are read in decide whether the judge can learn to check the digits between?

The shipped judge flags a wrong last digit and a wrong leading digit of a result, almost never a wrong digit between
(`digits.py`). Read forward, the tens digit of `478 + 56 = 534` depends on a carry from digits the model reads
after it; read least-significant digit first (`874 + 65 = 435`), every digit depends only on digits already read,
the order in which small transformers learn addition ("Teaching Arithmetic to Small Transformers", Lee et al. 2023).
This trains a fresh judge with the shipped architecture (Qwen2, hidden 160, 6 layers) on bare equations in one
order, with the recipe's two losses (per-token labels that turn wrong at the first inconsistent digit, or with
`--labels end` the verdict at the end only; the next-token loss on right results' digits), and logs
every `--eval-every` steps the share of wrong results flagged, by where the changed digit sits, the share of right
ones passed, and how often the next-token head writes each digit of a right result.

    python -m models.tiny_arith.digit_order --order forward  --minutes 30 > forward.jsonl
    python -m models.tiny_arith.digit_order --order reversed --minutes 30 > reversed.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import time

import torch
from transformers import Qwen2Config, Qwen2Model

VOCAB = [*"0123456789+-x=;", "<pad>"]
TOKEN = {c: i for i, c in enumerate(VOCAB)}
PAD = TOKEN["<pad>"]
#: Kinds of record: a right result, or one digit of it changed by one at this place.
KINDS = ("right", "last", "between", "leading")


def equation(rng: random.Random) -> tuple[int, str, int, int]:
    """Operands and result of a sum, difference or small product in the built-in domain's ranges."""
    op = rng.choice("+-x")
    if op == "+":
        a, b = rng.randint(10, 9999), rng.randint(1, 999)
        return a, op, b, a + b
    if op == "-":
        a = rng.randint(20, 9999)
        b = rng.randint(1, a - 1)
        return a, op, b, a - b
    a, b = rng.randint(12, 999), rng.randint(2, 9)
    return a, op, b, a * b


def changed(result: int, kind: str, rng: random.Random) -> int | None:
    """`result` with one digit at the place `kind` names moved by one (None when there is no such digit)."""
    digits = str(result)
    places = {"last": [len(digits) - 1], "leading": [0] if len(digits) > 1 else [], "between": list(range(1, len(digits) - 1))}[kind]
    if not places:
        return None
    at = rng.choice(places)
    options = [d for d in (int(digits[at]) - 1, int(digits[at]) + 1) if 0 <= d <= 9 and not (at == 0 and d == 0)]
    return int(digits[:at] + str(rng.choice(options)) + digits[at + 1 :])


class Record:
    """One equation `a op b = shown` (its true result `result`) as token ids, its label, and where its result's
    digits start and stop being consistent."""

    def __init__(self, a: int, op: str, b: int, result: int, shown: int, reversed_digits: bool) -> None:
        def write(n: int) -> str:
            return str(n)[::-1] if reversed_digits else str(n)

        text = f"{write(a)}{op}{write(b)}={write(shown)};"
        self.ids = [TOKEN[c] for c in text]
        self.right = shown == result
        self.result_from = text.index("=") + 1  # the result's first digit; the next-token loss covers it to ";"
        differing = [i for i, (x, y) in enumerate(zip(write(shown), write(result))) if x != y]
        #: The token where the record stops being consistent, as the recipe's per-token labels read it (None: right).
        self.wrong_from = self.result_from + differing[0] if differing else None


def draw(rng: random.Random, reversed_digits: bool, kind: str | None = None) -> Record:
    while True:
        a, op, b, result = equation(rng)
        want = kind or rng.choice(("right", "wrong"))
        if want == "wrong":
            want = rng.choice(KINDS[1:])
        shown = result if want == "right" else changed(result, want, rng)
        if shown is not None:
            return Record(a, op, b, result, shown, reversed_digits)


def tensors(records: list[Record]) -> dict[str, torch.Tensor]:
    length = max(len(r.ids) for r in records)
    ids = torch.full((len(records), length), PAD)
    mask = torch.zeros_like(ids)
    targets = torch.full_like(ids, -100)
    token_labels = torch.full_like(ids, -100)
    for i, r in enumerate(records):
        ids[i, : len(r.ids)] = torch.tensor(r.ids)
        mask[i, : len(r.ids)] = 1
        token_labels[i, : len(r.ids)] = 1
        if r.wrong_from is not None:
            token_labels[i, r.wrong_from : len(r.ids)] = 0
        if r.right:  # next-token targets: the result's digits and the end mark, predicted from what precedes them
            for p in range(r.result_from - 1, len(r.ids) - 1):
                targets[i, p] = r.ids[p + 1]
    return {
        "ids": ids,
        "mask": mask,
        "last": torch.tensor([len(r.ids) - 1 for r in records]),
        "labels": torch.tensor([int(r.right) for r in records]),
        "targets": targets,
        "token_labels": token_labels,
    }


def at_end(per_token: torch.Tensor, b: dict[str, torch.Tensor]) -> torch.Tensor:
    """The rows of `per_token` (batch, tokens, ...) at each record's last token, where its verdict is read."""
    return per_token[torch.arange(len(b["last"])), b["last"]]


class Judge(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        config = Qwen2Config(
            vocab_size=len(VOCAB),
            hidden_size=160,
            intermediate_size=512,
            num_hidden_layers=6,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=64,
            pad_token_id=PAD,
        )
        self.body = Qwen2Model(config)
        self.score = torch.nn.Linear(160, 2)
        self.next_token = torch.nn.Linear(160, len(VOCAB))

    def forward(self, b: dict[str, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        """Verdict logits at every token and next-token logits."""
        hidden = self.body(input_ids=b["ids"], attention_mask=b["mask"]).last_hidden_state
        return self.score(hidden), self.next_token(hidden)


def evaluate(judge: Judge, sets: dict[str, list[Record]]) -> dict[str, float]:
    """Share of each kind judged as it should be; for right results, how often each result digit is written."""
    out: dict[str, float] = {}
    judge.eval()
    with torch.no_grad():
        for kind, records in sets.items():
            b = tensors(records)
            verdict, next_logits = judge(b)
            out[kind] = round(float((at_end(verdict, b).argmax(-1) == b["labels"]).float().mean()), 3)
            if kind == "right":
                digits = (b["targets"] != -100) & (b["targets"] != TOKEN[";"])
                hits = (next_logits.argmax(-1) == b["targets"]) & digits
                out["writes_digits"] = round(float(hits.sum() / digits.sum()), 3)
    judge.train()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--order", choices=("forward", "reversed"), required=True)
    parser.add_argument("--minutes", type=float, default=40)
    parser.add_argument("--labels", choices=("tokens", "end"), default="tokens", help="the recipe's per-token labels, or the verdict at the end only")
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--eval-every", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    reversed_digits = args.order == "reversed"
    held = random.Random(999)
    sets = {kind: [draw(held, reversed_digits, kind) for _ in range(600)] for kind in KINDS}
    judge = Judge()
    optimizer = torch.optim.AdamW(judge.parameters(), lr=args.lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    start, step = time.time(), 0
    while time.time() - start < args.minutes * 60:
        b = tensors([draw(rng, reversed_digits) for _ in range(args.batch)])
        for group in optimizer.param_groups:
            group["lr"] = args.lr * min(1.0, (step + 1) / 200)
        verdict, next_logits = judge(b)
        if args.labels == "end":
            loss = torch.nn.functional.cross_entropy(at_end(verdict, b), b["labels"])
        else:
            loss = torch.nn.functional.cross_entropy(verdict.reshape(-1, 2), b["token_labels"].reshape(-1))
        loss = loss + torch.nn.functional.cross_entropy(next_logits.reshape(-1, len(VOCAB)), b["targets"].reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(judge.parameters(), 1.0)
        optimizer.step()
        step += 1
        if step % args.eval_every == 0:
            row = {
                "order": args.order,
                "labels": args.labels,
                "step": step,
                "minutes": round((time.time() - start) / 60, 1),
                "loss": round(float(loss.detach()), 3),
            }
            print(json.dumps({**row, **evaluate(judge, sets)}), flush=True)


if __name__ == "__main__":
    main()

"""A training phase cut before it wrote its log gets the log `train()` would have written, rebuilt from what it
printed and its checkpoint (recover.py, `build.py --stage recover`)."""

import pytest
import torch
from tokenizers import Tokenizer

from models.tiny_arith.generate import generate
from models.tiny_arith.recover import printed_history, recovered_run
from models.tiny_arith.tokenizer import build_sequence
from models.tiny_arith.train import Packed, TrainConfig, Validator, pack, train

TOKENIZER = "models/tiny-arith-prm/tokenizer.json"


@pytest.mark.parametrize("qat", [False, True])
def test_recovery_matches_the_log_train_writes(tmp_path, qat, capsys):
    tokenizer = Tokenizer.from_file(TOKENIZER)
    records = generate(5, 48)
    validation = generate(6, 24)
    val_seqs = [build_sequence(tokenizer, r) for r in validation]
    cfg = TrainConfig(hidden=32, layers=1, heads=2, kv_heads=1, intermediate=64, batch=8, steps=12, warmup=2, eval_every=4, lr=3e-3, qat=qat)
    torch.manual_seed(0)
    batches = Packed(pack([build_sequence(tokenizer, r) for r in records]), cfg.separator_weight, "cpu").stream(cfg.batch, torch.Generator().manual_seed(0))
    printed: list[str] = []

    def log(line: str) -> None:  # train() prints its line, then saving prints the progress bar: keep that order
        printed.append(line)
        print(line, flush=True)

    logged = train(batches, val_seqs, validation, tokenizer.get_vocab_size(), cfg, tmp_path, log=log)
    capsys.readouterr()
    lines, lowest = [], float("inf")
    for line, entry in zip(printed, logged["history"], strict=True):
        lines.append(line)
        if entry["val_loss"] < lowest:  # train() saved the checkpoint
            lowest = entry["val_loss"]
            lines.append("Writing model shards: 100%")
    text = "\n".join(lines)
    recovered = recovered_run(text, cfg, str(tmp_path), Validator(val_seqs, validation, "cpu"))
    assert recovered["best"] == pytest.approx(logged["best"], abs=1e-6)
    assert recovered["steps_run"] == logged["steps_run"] and recovered["parameters"] == logged["parameters"]
    for got, want in zip(recovered["history"], logged["history"], strict=True):
        assert got.pop("elapsed_s") == pytest.approx(want["elapsed_s"], abs=1)  # printed in whole seconds
        assert got == pytest.approx({k: want[k] for k in got}, abs=6e-4)


def test_the_checkpoint_is_the_last_evaluation_followed_by_a_save():
    text = "\n".join(
        [
            "step 200 loss 0.3446 lm 1.3510 val f1 0.8238 (err 0.724 cor 0.955) val loss 0.2435 415s",
            "Writing model shards: 100%",
            "step 400 loss 0.1000 lm 1.0000 val f1 0.8400 (err 0.750 cor 0.950) val loss 0.2300 800s",
            "Writing model shards: 100%",
            "step 431 loss 0.2000 lm 0.9000 val f1 0.8300 (err 0.740 cor 0.950) val loss 0.2300 860s",
        ]
    )
    history, saved = printed_history(text)
    assert saved == 400 and [h["step"] for h in history] == [200, 400, 431]
    assert history[0] == {
        "step": 200,
        "loss": 0.3446,
        "lm_loss": 1.351,
        "f1": 0.8238,
        "acc_error": 0.724,
        "acc_correct": 0.955,
        "val_loss": 0.2435,
        "elapsed_s": 415.0,
    }
    with pytest.raises(ValueError, match="no evaluation followed by a saved checkpoint"):
        printed_history(text.split("\n")[0])

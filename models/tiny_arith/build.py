"""Builds the shipped tiny-arith PRM end to end: data, tokenizer, training, ONNX export, variants, evaluation,
fixtures, manifest and model card. One command (about 35 minutes on 2 CPU cores):

    python -m models.tiny_arith.build --out models/tiny-arith-prm

Stages: `data` (records, tokenizer, packed training tensors in `--work`), `train` (from `--work`), `export`
(everything after training, from the checkpoint in `--work`); `all` runs the three. `recover` writes the training
log of a phase that was cut before it wrote one, from what it printed (`--printed`, recover.py). The shipped weights use the
GPU profile (see models/README.md): `--device cuda --records 1000000 --batch 256 ...`.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import time
from dataclasses import asdict
from multiprocessing import Pool
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import Qwen2ForTokenClassification

from ..convert.graph import CachedDecoder, check_cache, export_onnx
from ..convert.quantize import make_variants
from . import card, fixtures
from .authors import evaluate_sources
from .digits import evaluate_digits
from .evaluate import OnnxPrm, by_error_kind, chunking_gap, compare, evaluate
from .external import TRAINABLE
from .generate import generate, write_jsonl
from .gpu import write_gpu_graphs
from .manifest import write_tiny_manifest
from .recover import recovered_run
from .result_check import ResultCheck, joined_head, load_head
from .stream import AUTHORS_SHARE, FIRST_SEED, POLICY_SHARE, Mixture, Stream, mixed_records, policy_records
from .tokenizer import STEP, build_sequence, mark_places, save_tokenizer, train_tokenizer
from .train import Packed, TrainConfig, Validator, pack, save_log, train

#: Evaluation splits: seed, records, wording style. Training records come in chunks of CHUNK from seeds 1, 1001, ...
SPLITS = {"validation": (2, 600, "train"), "test": (3, 400, "train"), "heldout": (4, 400, "heldout")}
CHUNK = 50_000
VOCAB_SIZE = 512
TOKENIZER_RECORDS = 60_000


def _tokenized_chunk(job: tuple[int, int, str, bool, bool]) -> list[dict]:
    seed, count, tokenizer_path, noisy, wide = job
    tokenizer = Tokenizer.from_file(tokenizer_path)
    return [build_sequence(tokenizer, r) for r in generate(seed, count, "train", noisy=noisy, wide=wide)]


def stage_data(
    work: Path,
    out: Path,
    records: int,
    workers: int,
    tokenizer_from: Path | None,
    max_context: int,
    noisy: bool = False,
    wide: bool = False,
    story: bool = False,
    authors: tuple[str, ...] = (),
    policy: str = "",
    place_marks: bool = False,
) -> None:
    """Writes the evaluation splits, the tokenizer (trained, or copied from `tokenizer_from`; with `place_marks`, it
    writes place marks into numbers, tokenizer.mark_places) and `records` packed
    training records (0: none, training streams them). `noisy` sprinkles filler words into them and `wide` composes
    part of their sentences at random (wide.py); the evaluation splits are never changed. With `policy`, validation
    also holds the policy samples kept out of training (stream.POLICY_VALIDATION)."""
    started = time.time()
    data = {name: generate(seed, count, style) for name, (seed, count, style) in SPLITS.items()}
    if story:  # validate on the mixture the model trains on (the test and held-out splits stay as they are)
        seed, count, _ = SPLITS["validation"]
        data["validation"] = mixed_records(seed, count, Mixture(noisy=noisy, wide=wide, story=story, authors=authors))
    if policy:
        data["validation"] += policy_records(policy)[1]
    write_jsonl(data["validation"], work / "data/validation.jsonl")
    write_jsonl(data["test"], out / "data/test.jsonl")
    write_jsonl(data["heldout"], out / "data/heldout.jsonl")
    if tokenizer_from is None:
        sample = generate(1, TOKENIZER_RECORDS, "train")
        tokenizer = train_tokenizer([r["problem"] + "\n" for r in sample] + [s for r in sample for s in r["steps"]], VOCAB_SIZE)
    else:
        tokenizer = Tokenizer.from_file(str(tokenizer_from / "tokenizer.json"))
    if place_marks:
        mark_places(tokenizer)
    save_tokenizer(tokenizer, out, max_context)
    jobs = [(1 + 1000 * k, min(CHUNK, records - k * CHUNK), str(out / "tokenizer.json"), noisy, wide) for k in range((records + CHUNK - 1) // CHUNK)]
    if jobs:
        with Pool(workers) as pool:
            seqs = [s for chunk in pool.imap(_tokenized_chunk, jobs) for s in chunk]
        longest = max(len(s["input_ids"]) for s in seqs)
        assert longest <= max_context, f"a training sequence has {longest} tokens"
        torch.save(pack(seqs), work / "train.pt")
    info = {
        "train": {
            "seeds": [j[0] for j in jobs],
            "records": records,
            "style": "train",
            "noisy": noisy,
            "wide": wide,
            "story": story,
            "authors": list(authors),
            "policy": policy,
        },
        **{name: {"seed": seed, "records": count, "style": style} for name, (seed, count, style) in SPLITS.items()},
        "data_wall_s": round(time.time() - started, 1),
    }
    (work / "data.json").write_text(json.dumps(info, indent=2) + "\n")


def context_of(init_from: str) -> int:
    """The context a phase keeps when --max-context is not given: its starting checkpoint's, else TrainConfig's."""
    if not init_from:
        return TrainConfig.max_context
    return json.loads((Path(init_from) / "config.json").read_text())["max_position_embeddings"]


def stage_train(cfg: TrainConfig, work: Path, out: Path, checkpoint: Path, note: str = "", stream: Stream | None = None) -> None:
    """Trains on WORK/train.pt, or on fresh records from `stream` when given."""
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    if stream is None:
        batches = Packed(torch.load(work / "train.pt"), cfg.separator_weight, cfg.device).stream(cfg.batch, torch.Generator().manual_seed(cfg.seed))
    else:
        batches = iter(stream)
    run = train(batches, *_validation(tokenizer, work), tokenizer.get_vocab_size(), cfg, checkpoint, log=lambda line: print(line, flush=True))
    batches.close()
    streamed = None if stream is None else {"first_chunk": stream.first_chunk, "chunks": stream.chunks, "records": stream.records, "mixture": stream.mixture}
    _write_log(cfg, work, checkpoint, note, run, streamed)


def stage_recover(cfg: TrainConfig, work: Path, out: Path, checkpoint: Path, note: str, printed: Path, stream: Stream | None) -> None:
    """Writes the training log of a phase cut before it wrote one, from what it printed (recover.py); run it with
    the phase's own flags."""
    run = recovered_run(printed.read_text(), cfg, str(checkpoint), Validator(*_validation(Tokenizer.from_file(str(out / "tokenizer.json")), work), cfg.device))
    streamed = None
    if stream is not None:
        records = run["steps_run"] * cfg.batch
        streamed = {"first_chunk": stream.first_chunk, "chunks": math.ceil(records / stream.chunk), "records": records, "mixture": stream.mixture}
    recovered = f"recovered from its printed log ({printed.name}): records counted as steps x batch, history without first-error-exact"
    _write_log(cfg, work, checkpoint, f"{note}; {recovered}" if note else recovered, run, streamed)


def _validation(tokenizer: Tokenizer, work: Path) -> tuple[list[dict], list[dict]]:
    records = [json.loads(line) for line in (work / "data/validation.jsonl").read_text().splitlines()]
    return [build_sequence(tokenizer, r) for r in records], records


def _write_log(cfg: TrainConfig, work: Path, checkpoint: Path, note: str, run: dict, streamed: dict | None) -> None:
    """CHECKPOINT/training-log.json: the phases of the --init-from checkpoint's log, then this one."""
    data = json.loads((work / "data.json").read_text())
    if streamed is not None:
        first = FIRST_SEED + streamed["first_chunk"]
        data["train"] = {
            "streamed": True,
            "seeds": f"{first}..{first + streamed['chunks'] - 1}",
            "records": streamed["records"],
            "style": "train",
            **asdict(streamed["mixture"]),
        }
    device = torch.cuda.get_device_name() if cfg.device.startswith("cuda") else f"{torch.get_num_threads()} CPU threads"
    machine = f"{platform.machine()}, {device}, torch {torch.__version__}"
    name = "continued from the previous phase's checkpoint" if cfg.init_from else "from scratch"
    phase = {
        "name": f"{name}; {note}" if note else name,
        "machine": machine,
        "config": run["config"],
        "steps_run": run["steps_run"],
        "wall_s": run["wall_s"],
        "best": run["best"],
        "data": data,
        "history": run["history"],
    }
    previous = json.loads((Path(cfg.init_from) / "training-log.json").read_text())["phases"] if cfg.init_from else []
    phases = previous + [phase]
    save_log(
        {
            "parameters": run["parameters"],
            "steps_run": sum(p["steps_run"] for p in phases),
            "wall_s": round(sum(p["wall_s"] for p in phases), 1),
            "best": run["best"],
            "phases": phases,
        },
        checkpoint / "training-log.json",
    )


def stage_export(checkpoint: Path, out: Path) -> None:
    model = Qwen2ForTokenClassification.from_pretrained(checkpoint, attn_implementation="eager").eval()
    model.config.save_pretrained(out)
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    test = [json.loads(line) for line in (out / "data/test.jsonl").read_text().splitlines()]
    heldout = [json.loads(line) for line in (out / "data/heldout.jsonl").read_text().splitlines()]
    test_seqs = [build_sequence(tokenizer, r) for r in test]
    heldout_seqs = [build_sequence(tokenizer, r) for r in heldout]
    digit_head = load_head(checkpoint)  # result_check.py: the graph's logits rows get its 10 columns
    head = joined_head(model.score, digit_head) if digit_head else model.score
    check = ResultCheck(tokenizer, STEP) if digit_head else None
    wrapper = CachedDecoder(model.model, head).eval()
    ids = test_seqs[0]["input_ids"]
    with torch.no_grad():
        reference = head(model.model(input_ids=torch.tensor([ids])).last_hidden_state)
    gap = check_cache(wrapper, reference, ids)
    assert gap < 1e-4, f"export wrapper differs from transformers by {gap}"
    export_onnx(wrapper, out / "onnx/model.onnx")
    paths = make_variants(out / "onnx")

    torch_probs = fixtures.torch_probs(model, test_seqs, digit_head, check)
    results = {}
    for name, path in paths.items():
        prm = OnnxPrm(path)
        on_test = evaluate(prm, test_seqs, test)
        on_heldout = evaluate(prm, heldout_seqs, heldout)
        vs_torch = max(float(abs(a - b).max()) for a, b in zip(torch_probs, on_test["probs"]))
        results[name] = {
            "test": on_test,
            "heldout": on_heldout,
            "max_abs_prob_diff_vs_torch": vs_torch,
            "size_bytes": path.stat().st_size,
            "chunking_gap": chunking_gap(prm, test_seqs[:20]),
        }
    summary = {
        name: {
            "size_bytes": r["size_bytes"],
            "test": r["test"]["metrics"],
            "heldout": r["heldout"]["metrics"],
            "max_abs_prob_diff_vs_torch": r["max_abs_prob_diff_vs_torch"],
            "streamed_vs_one_pass_max_diff": r["chunking_gap"],
            "vs_fp32_test": compare(results["fp32"]["test"], r["test"]),
        }
        for name, r in results.items()
    }
    summary["fp32"]["test_by_error_kind"] = by_error_kind(test, results["fp32"]["test"]["predictions"])
    save_log(json.loads((checkpoint / "training-log.json").read_text()), out / "training-log.json")  # authors.py reads it
    metrics = {**summary, "authors": evaluate_sources(out, out / "data/authors", ["q4", "fp32"]), "digit_places": {"q4": evaluate_digits(out, "q4")}}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    fixtures.write_golden(out / "fixtures/golden.json", test, test_seqs, torch_probs, count=20)
    gpu = write_gpu_graphs(model, head, out, model.config.max_position_embeddings)
    write_tiny_manifest(out, model.config.to_dict(), model.config.max_position_embeddings, test, gpu=gpu, check=check)
    card.write(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("models/tiny-arith-prm"))
    parser.add_argument("--work", type=Path, default=Path("models/tiny-arith-prm/work"))
    parser.add_argument("--checkpoint", type=Path, help="where training writes (export reads) the model; default WORK/checkpoint")
    parser.add_argument("--stage", choices=["all", "data", "train", "recover", "export"], default="all")
    parser.add_argument("--records", type=int, default=60_000, help="training records")
    parser.add_argument("--workers", type=int, default=2, help="processes generating and tokenizing data")
    parser.add_argument("--tokenizer-from", type=Path, help="reuse this folder's tokenizer.json instead of training one")
    parser.add_argument("--place-marks", action="store_true", help="the tokenizer writes each digit's place into numbers (tokenizer.PLACE_MARKS)")
    parser.add_argument("--noise", action="store_true", help="sprinkle made-up filler words into the training records")
    parser.add_argument("--wide", action="store_true", help="compose part of the training sentences from random words")
    parser.add_argument("--story", action="store_true", help="streamed records mostly from the story grammar (story.py)")
    parser.add_argument(
        "--authors", nargs="*", default=[], choices=list(TRAINABLE), help="draw part of the streamed records from these authors' generators (external.py)"
    )
    parser.add_argument(
        "--policy-samples", default="", help="draw part of the streamed records from this file of the policy's own solutions (tiny_policy/samples.py)"
    )
    parser.add_argument("--rank-share", type=float, default=0.0, help="add this share of ranking-pair batches of the policy's samples (pairs.py)")
    parser.add_argument(
        "--slip-pair-share", type=float, default=0.0, help="add this share of ranking-pair batches of slip drills and their right twins (pairs.py)"
    )
    parser.add_argument("--authors-share", type=float, default=AUTHORS_SHARE, help="the share of each streamed chunk drawn from --authors")
    parser.add_argument("--unread-share", type=float, default=0.0, help="tell some changes of this share of the story records with made-up verbs (story.py)")
    parser.add_argument(
        "--chat-share", type=float, default=0.0, help="write this share of the story records as a chat model writes: headings, LaTeX, recaps (chat.py)"
    )
    parser.add_argument(
        "--author-extra-share", type=float, default=0.0, help="give this share of the other authors' right records a step too many (extra_steps.py)"
    )
    parser.add_argument("--extra-share", type=float, default=0.0, help="make this share of the wrong story records wrong by a step too many (story.py)")
    parser.add_argument(
        "--first-share", type=float, default=0.0, help="state the result before the equation in this share of the story steps (story.result_first)"
    )
    parser.add_argument(
        "--preamble-share", type=float, default=0.0, help="open this share of the story records with a step that sets the problem out (preamble.py)"
    )
    parser.add_argument("--money-share", type=float, default=0.0, help="make this share of the story records count money (story_money.py)")
    parser.add_argument("--dictionary-share", type=float, default=0.0, help="tell this share of story changes with WordNet's verbs (Story.dictionary)")
    parser.add_argument("--notes-share", type=float, default=0.0, help="tell this share of the story records as notes (story_notes.py)")
    parser.add_argument(
        "--places-share", type=float, default=0.0, help="make this share of the story records about a place's comings and goings (story_places.py)"
    )
    parser.add_argument("--wallet-share", type=float, default=0.0, help="tell this share of the money records about where the money is kept (story_wallet.py)")
    parser.add_argument("--each-share", type=float, default=0.0, help="ask this share of the stories ending in a division for one share (story_each.py)")
    parser.add_argument("--drill-share", type=float, default=0.0, help="make this share of each streamed chunk arithmetic drills (story.generate_drills)")
    parser.add_argument("--policy-share", type=float, default=POLICY_SHARE, help="the share of each streamed chunk drawn from --policy-samples")
    parser.add_argument(
        "--first-chunk", type=int, default=0, help="start the streamed chunks' seeds this far past the first (fresh records for a continuation)"
    )
    parser.add_argument(
        "--max-context",
        type=int,
        help="the longest sequence (tokens) the model reads, trained on and exported as limits.maxContext (default: --init-from's, else 512)",
    )
    parser.add_argument("--qat", action="store_true", help="train through the q4 rounding (quantization-aware, qat.py)")
    parser.add_argument(
        "--cpu-bf16", action="store_true", help="train under bf16 autocast on CPU as well (1.6x the steps of a streamed phase on AVX-512 BF16 cores)"
    )
    parser.add_argument("--stream-workers", type=int, default=0, help="train on fresh records made by this many processes while training (no train.pt)")
    defaults = TrainConfig()
    for name in ("seed", "hidden", "layers", "heads", "kv_heads", "intermediate", "batch", "steps", "warmup", "eval_every"):
        parser.add_argument(f"--{name.replace('_', '-')}", type=int, default=getattr(defaults, name))
    parser.add_argument("--lr", type=float, default=defaults.lr)
    parser.add_argument("--time-budget", type=float, default=defaults.time_budget_s)
    parser.add_argument("--device", default=defaults.device)
    parser.add_argument("--init-from", default="", help="continue training from this checkpoint folder")
    parser.add_argument("--printed", type=Path, help="--stage recover: what the cut phase printed (its stdout)")
    parser.add_argument("--note", default="", help="what is new in this phase, for the training log and model card")
    args = parser.parse_args()
    if args.init_from and args.stage in ("all", "train", "recover") and not (Path(args.init_from) / "training-log.json").exists():
        parser.error(f"--init-from {args.init_from} has no training-log.json (a phase stopped before it ended): the new phase's log would lose its history")
    if args.stage == "recover" and not args.printed:
        parser.error("--stage recover needs --printed, the log the cut phase printed")
    torch.set_num_threads(2)
    cfg = TrainConfig(
        seed=args.seed,
        hidden=args.hidden,
        layers=args.layers,
        heads=args.heads,
        kv_heads=args.kv_heads,
        intermediate=args.intermediate,
        batch=args.batch,
        steps=args.steps,
        warmup=args.warmup,
        eval_every=args.eval_every,
        lr=args.lr,
        time_budget_s=args.time_budget,
        device=args.device,
        init_from=args.init_from,
        qat=args.qat,
        cpu_bf16=args.cpu_bf16,
        max_context=args.max_context or context_of(args.init_from),
    )
    checkpoint = args.checkpoint or args.work / "checkpoint"
    for folder in (args.out, args.work / "data", checkpoint):
        folder.mkdir(parents=True, exist_ok=True)
    if args.stage in ("all", "data"):
        stage_data(
            args.work,
            args.out,
            args.records,
            args.workers,
            args.tokenizer_from,
            cfg.max_context,
            args.noise,
            args.wide,
            args.story,
            tuple(args.authors),
            args.policy_samples,
            args.place_marks,
        )
    if args.stage in ("all", "train", "recover"):
        stream = None
        if args.stream_workers:
            stream = Stream(
                str(args.out / "tokenizer.json"),
                args.stream_workers,
                cfg.batch,
                cfg.separator_weight,
                cfg.device,
                Mixture(
                    noisy=args.noise,
                    wide=args.wide,
                    story=args.story,
                    authors=tuple(args.authors),
                    authors_share=args.authors_share,
                    policy=args.policy_samples,
                    policy_share=args.policy_share,
                    rank_share=args.rank_share,
                    drill_share=args.drill_share,
                    slip_pair_share=args.slip_pair_share,
                    unread_share=args.unread_share,
                    extra_share=args.extra_share,
                    author_extra_share=args.author_extra_share,
                    chat_share=args.chat_share,
                    first_share=args.first_share,
                    preamble_share=args.preamble_share,
                    money_share=args.money_share,
                    dictionary_share=args.dictionary_share,
                    notes_share=args.notes_share,
                    places_share=args.places_share,
                    wallet_share=args.wallet_share,
                    each_share=args.each_share,
                ),
                seed=cfg.seed,
                first_chunk=args.first_chunk,
                max_tokens=cfg.max_context,
            )
        if args.stage == "recover":
            stage_recover(cfg, args.work, args.out, checkpoint, args.note, args.printed, stream)
        else:
            stage_train(cfg, args.work, args.out, checkpoint, args.note, stream)
    if args.stage in ("all", "export"):
        stage_export(checkpoint, args.out)


if __name__ == "__main__":
    main()

"""Streamed training batches (`--stream-workers`): fresh records, padded like the packed data, never repeated."""

import torch

from models.tiny_arith.stream import Mixture, Stream, _padded_batches
from models.tiny_arith.tokenizer import IGNORE

TOKENIZER = "models/tiny-arith-prm/tokenizer.json"


def test_stream_yields_padded_batches_of_fresh_records():
    stream = Stream(TOKENIZER, workers=1, batch=8, separator_weight=3.0, device="cpu", mixture=Mixture(noisy=True, wide=True), chunk=32)
    batches = iter(stream)
    seen = []
    for _ in range(8):  # two chunks
        b = next(batches)
        ids, mask, labels, weights = b["input_ids"], b["attention_mask"], b["labels"], b["weights"]
        assert ids.shape == labels.shape == weights.shape == mask.shape and ids.shape[0] == 8
        assert torch.equal(mask, (weights > 0).long())
        assert ((labels == IGNORE) | (mask == 1)).all()  # no label on padding
        assert (weights == 3.0).any() and (labels[weights == 3.0] != IGNORE).all()  # separators weighted and labelled
        seen += [tuple(row[m == 1].tolist()) for row, m in zip(ids, mask)]
    batches.close()
    assert stream.records == 64 and stream.chunks >= 2
    assert len(set(seen)) == len(seen)


def test_a_continuation_starts_past_the_chunks_it_has_seen():
    first = Stream(TOKENIZER, workers=1, batch=8, separator_weight=3.0, device="cpu", mixture=Mixture(), chunk=8)
    later = Stream(TOKENIZER, workers=1, batch=8, separator_weight=3.0, device="cpu", mixture=Mixture(), chunk=8, first_chunk=1)
    a, b = iter(first), iter(later)
    rows = [{tuple(r.tolist()) for r in next(batches)["input_ids"]} for batches in (a, b)]
    a.close()
    b.close()
    assert rows[0].isdisjoint(rows[1])


def test_records_past_the_context_are_left_out():
    job = (100_000, 64, TOKENIZER, 8, 3.0, Mixture(wide=True), 512)
    whole = [b["ids"] for b in _padded_batches(job)]
    cut = [b["ids"] for b in _padded_batches((*job[:-1], 120))]
    assert sum(len(ids) for ids in whole) == 64 and max(ids.shape[1] for ids in whole) > 120
    assert 0 < sum(len(ids) for ids in cut) < 64 and max(ids.shape[1] for ids in cut) <= 120

"""The digit-order experiment's records: what the judge reads in each order, and what a changed digit is."""

import random

from models.tiny_arith.digit_order import KINDS, TOKEN, VOCAB, Record, changed, draw, tensors


def text(record: Record) -> str:
    return "".join(VOCAB[i] for i in record.ids)


def test_reversed_order_writes_every_number_least_significant_digit_first():
    assert text(Record(478, "+", 56, 534, 534, reversed_digits=False)) == "478+56=534;"
    assert text(Record(478, "+", 56, 534, 534, reversed_digits=True)) == "874+65=435;"


def test_a_changed_digit_sits_at_the_named_place_and_keeps_the_digit_count():
    rng = random.Random(0)
    for _ in range(300):
        result = rng.randint(100, 99999)
        for kind, place in (("last", -1), ("leading", 0)):
            shown = str(changed(result, kind, rng))
            differing = [i for i, (x, y) in enumerate(zip(str(result), shown)) if x != y]
            assert len(shown) == len(str(result)) and differing == [place % len(shown)]
        between = str(changed(result, "between", rng))
        differing = [i for i, (x, y) in enumerate(zip(str(result), between)) if x != y]
        assert len(differing) == 1 and 0 < differing[0] < len(between) - 1
    assert changed(7, "between", rng) is None and changed(7, "leading", rng) is None


def test_next_token_targets_cover_a_right_result_only():
    rng = random.Random(1)
    records = [draw(rng, True, kind) for kind in KINDS]
    batch = tensors(records)
    right = records[0]
    wanted = [right.ids[p + 1] for p in range(right.result_from - 1, len(right.ids) - 1)]
    assert [int(t) for t in batch["targets"][0] if t != -100] == wanted and wanted[-1] == TOKEN[";"]
    assert (batch["targets"][1:] == -100).all() and batch["labels"].tolist() == [1, 0, 0, 0]


def test_per_token_labels_turn_wrong_at_the_changed_digit_in_reading_order():
    for reversed_digits, wrong_at in ((False, "478+56=5"), (True, "874+65=4")):
        record = Record(478, "+", 56, 534, 544, reversed_digits)
        labels = tensors([record])["token_labels"][0].tolist()
        assert labels == [1] * len(wrong_at) + [0] * (len(record.ids) - len(wrong_at))

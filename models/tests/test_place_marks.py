"""tokenizer.mark_places: numbers read with their digits' places marked, decoded back to the text as typed, and the
per-token labels still turning wrong at the digit that is wrong."""

from pathlib import Path

from tokenizers import Tokenizer

from models.tiny_arith.tokenizer import build_sequence, mark_places

SHIPPED = Path(__file__).resolve().parents[1] / "tiny-arith-prm" / "tokenizer.json"


def marked() -> Tokenizer:
    return mark_places(Tokenizer.from_file(str(SHIPPED)))


def test_marks_follow_each_digit_that_has_digits_after_it():
    tokens = marked().encode("2380 - 644 = 1736, 12345 and 7", add_special_tokens=False).tokens
    text = "".join(tokens).replace("Ġ", " ")
    assert text == "2^3~8`0 - 6~4`4 = 1^7~3`6, 1|2^3~4`5 and 7"


def test_decoding_drops_the_marks():
    tokenizer = marked()
    text = "She had 2380 - 644 = 1736 pens; 5 more."
    assert tokenizer.decode(tokenizer.encode(text, add_special_tokens=False).ids) == text


def test_a_wrong_inner_digit_is_labelled_from_that_digit_on():
    tokenizer = marked()
    step = "So 140 + 24 = 174 now."
    record = {"problem": "Ann had 140 and got 24.", "steps": [step], "error": {"step": 0, "kind": "slip", "offset": step.index("174") + 1}}
    seq = build_sequence(tokenizer, record, view=False)  # the step as typed, marks and all
    step_ids = tokenizer.encode(step, add_special_tokens=False).ids
    labels = seq["labels"][len(seq["labels"]) - len(step_ids) - 1 : -1]
    shown = [tokenizer.id_to_token(i) for i in step_ids]
    first_wrong = labels.index(0)
    assert shown[first_wrong - 2 : first_wrong + 1] == ["1", "~", "7"]
    assert all(label == 0 for label in labels[first_wrong:])

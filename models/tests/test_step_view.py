"""step_view.read_step: each step read as its equation, an answer as its last number, a step with no number as
typed; an open step only as far as its equation is written; error offsets moved with the reading, so labels turn
wrong at the same digit or sign; and the fixture the runtime's test reads (src/step-view.test.ts) up to date."""

import json
from pathlib import Path

from tokenizers import Tokenizer

from models.tiny_arith.step_view import fixture_cases, read_step
from models.tiny_arith.tokenizer import build_sequence

MODEL = Path(__file__).resolve().parent.parent / "tiny-arith-prm"


def test_a_step_reads_as_its_arithmetic():
    assert read_step("Minus $32 for a phone stand: 201 − 32 = 169.").text == "201 - 32 = 169."
    assert read_step("\\[ 135 \\times 3 = 405 \\text{ bars} \\]").text == "135 × 3 = 405."
    assert read_step("Total: £1,140 + £5 = £1,145").text == "1140 + 5 = 1145."
    assert read_step("So, the answer is **151 whistles**.").text == "The answer is 151."
    assert read_step("#### 14").text == "The answer is 14."
    assert read_step("Let's break it down.").text == "Let's break it down."


def test_an_open_step_reads_only_its_equation_so_far():
    prefixes = ["She buys 7 more, so 12", "She buys 7 more, so 12 +", "She buys 7 more, so 12 + 7 =", "She buys 7 more, so 12 + 7 = 1"]
    assert [read_step(p, True).text for p in prefixes] == ["", "12 +", "12 + 7 =", "12 + 7 = 1"]
    assert read_step("So she has 19 pens", True).text == ""
    closed = read_step("She buys 7 more, so 12 + 7 = 19 pens.").text
    assert closed.startswith(read_step("She buys 7 more, so 12 + 7 = 19", True).text)


def test_offsets_move_with_the_reading():
    step = read_step("Total: 1,140 + 5 = 1,145")
    assert step.text[step.offset(step.typed.index("1,145") + 3)] == "4"  # the "4" of 1,145, its comma not read
    assert step.text[step.offset(step.typed.index("+"))] == "+"
    assert step.offset(0) == 0 and step.offset(len(step.typed)) == len(step.text)
    typed = read_step("Nothing here.")
    assert typed.offset(4) == 4


def test_a_wrong_result_is_labelled_from_its_digit_on():
    tokenizer = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    step = "$$482 \\div 2 = 214$$ so she keeps 214."
    record = {"problem": "Ann had 482 and gave half away.", "steps": [step], "error": {"step": 0, "kind": "slip", "offset": step.index("214") + 1}}
    seq = build_sequence(tokenizer, record)
    step_ids = tokenizer.encode(read_step(step).text, add_special_tokens=False).ids
    labels = seq["labels"][len(seq["labels"]) - len(step_ids) - 1 : -1]
    shown = [tokenizer.decode([i]) for i in step_ids]
    first_wrong = labels.index(0)
    assert tokenizer.decode(step_ids) == "482 ÷ 2 = 214."
    assert shown[first_wrong - 1 : first_wrong + 1] == ["2", "1"]
    assert all(label == 0 for label in labels[first_wrong:])


def test_the_runtime_fixture_is_current():
    shipped = json.loads((MODEL / "fixtures" / "step-view.json").read_text())
    assert shipped == fixture_cases(MODEL / "data" / "authors")

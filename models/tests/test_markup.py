"""markup.read_markup: LaTeX and markdown read as the plain text the grammar writes (markup-cases.json, which the
runtime's tokenizer test reads too), offsets still in the text as typed, labels still turning wrong at the wrong
digit, and the command idempotent."""

import json
import subprocess
import sys
from pathlib import Path

from tokenizers import Tokenizer

from models.convert.manifest import sha256
from models.tiny_arith.markup import read_markup, reads_markup
from models.tiny_arith.tokenizer import build_sequence, mark_places

HERE = Path(__file__).resolve().parent
SHIPPED = HERE.parent / "tiny-arith-prm" / "tokenizer.json"
CASES = json.loads((HERE / "markup-cases.json").read_text())


def plain() -> Tokenizer:
    """The shipped tokenizer without any normalizer: what the grammar's text is read as."""
    tokenizer = Tokenizer.from_file(str(SHIPPED))
    tokenizer.normalizer = None
    return tokenizer


def test_markup_reads_as_the_plain_text():
    tokenizer, reference = read_markup(plain()), plain()
    for typed, read in CASES:
        assert tokenizer.normalizer.normalize_str(typed) == read
        assert tokenizer.encode(typed, add_special_tokens=False).ids == reference.encode(read, add_special_tokens=False).ids


def test_offsets_point_into_the_text_as_typed():
    typed = "\\[ 135 \\times 3 = 405 \\text{ granola bars} \\]"
    encoding = read_markup(plain()).encode(typed, add_special_tokens=False)
    digits = [(token, typed[a:b]) for token, (a, b) in zip(encoding.tokens, encoding.offsets) if token.isdigit()]
    assert [token for token, _ in digits] == list("1353405")
    assert all(token == at for token, at in digits)
    assert typed[encoding.offsets[-1][1] :] == "} \\]"  # the last token is "s" of "bars"


def test_a_wrong_result_in_latex_is_labelled_from_its_digit_on():
    tokenizer = read_markup(plain())
    step = "$$482 \\div 2 = 214$$"
    record = {"problem": "Ann had 482 and gave half away.", "steps": [step], "error": {"step": 0, "kind": "slip", "offset": step.index("214") + 1}}
    seq = build_sequence(tokenizer, record, view=False)  # as typed: test_step_view.py reads it through the view
    step_ids = tokenizer.encode(step, add_special_tokens=False).ids
    labels = seq["labels"][len(seq["labels"]) - len(step_ids) - 1 : -1]
    shown = [tokenizer.decode([i]) for i in step_ids]
    first_wrong = labels.index(0)
    assert shown[first_wrong - 1 : first_wrong + 1] == ["2", "1"]
    assert all(label == 0 for label in labels[first_wrong:])


def test_place_marks_follow_the_markup():
    tokenizer = read_markup(mark_places(plain()))
    assert tokenizer.normalizer.normalize_str("$$1\\,736 - 644$$") == "1^7~3`6 - 6~4`4"


def test_the_command_adds_the_normalizer_once_and_records_its_hash(tmp_path: Path):
    plain().save(str(tmp_path / "tokenizer.json"))
    (tmp_path / "prm.json").write_text(json.dumps({"files": {"tokenizer.json": "0" * 64}}))
    run = [sys.executable, "-m", "models.tiny_arith.markup", str(tmp_path)]
    outputs = [subprocess.run(run, capture_output=True, text=True, check=True, cwd=HERE.parents[1]).stdout for _ in range(2)]
    assert reads_markup(tmp_path / "tokenizer.json")
    assert "already reads markup" in outputs[1]
    saved = Tokenizer.from_file(str(tmp_path / "tokenizer.json"))
    assert saved.normalizer.normalize_str(CASES[0][0]) == CASES[0][1]
    assert json.loads((tmp_path / "prm.json").read_text())["files"]["tokenizer.json"] == sha256(tmp_path / "tokenizer.json")

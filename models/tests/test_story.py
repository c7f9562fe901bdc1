"""The story grammar (story.py) obeys the domain spec (models/tiny-arith-prm/DOMAIN.md), checked from the text alone,
and other authors' records get the offset where their error becomes visible (external.py)."""

import random
import re
from collections import Counter

from models.tiny_arith import lexicon as L
from models.tiny_arith.external import ASCII, EQUATION, NUMBER, with_offset
from models.tiny_arith.lexicon import number_words, verb_form
from models.tiny_arith.story import generate_drills, generate_stories
from models.tiny_arith.story_notes import GAIN_DONE, GAIN_LABELS, LOSS_DONE, LOSS_LABELS, change_line
from models.tiny_arith.story_places import COME, GO, PlaceStory
from models.tiny_arith.surface import BULLETS


def result(a: int, op: str, b: int) -> int:
    return {"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else -1}[ASCII.get(op, op)]


def consistent_prefix(steps: list[str]) -> int:
    """How many leading equation steps continue from each other and compute right."""
    previous = None
    for i, step in enumerate(steps[:-1]):
        a, op, b, c = EQUATION.search(step).groups()
        if (previous is not None and int(a) != previous) or result(int(a), op, int(b)) != int(c):
            return i
        previous = int(c)
    return len(steps) - 1


def test_story_records_follow_the_domain_rules():
    records = generate_stories(5, 600)
    assert sum(r["label"] == -1 for r in records) > 200
    for r in records:
        assert 2 <= len(r["steps"]) <= 6
        assert all(int(n) <= 1000 for n in NUMBER.findall(r["problem"])), r["problem"]
        for step in r["steps"][:-1]:
            assert len(EQUATION.findall(step)) == 1, step
        assert not EQUATION.search(r["steps"][-1])
        prefix = consistent_prefix(r["steps"])
        if r["label"] == -1:
            assert prefix == len(r["steps"]) - 1, r
            answer = int(NUMBER.findall(r["steps"][-1])[-1])
            assert answer == int(EQUATION.search(r["steps"][-2]).group(4)), r
            assert r["final_answer_correct"]
        else:
            assert prefix >= min(r["label"], len(r["steps"]) - 1), r  # nothing breaks before the labelled step
            assert 0 <= r["error"]["offset"] <= len(r["steps"][r["label"]]), r


def test_some_answer_errors_stop_early_and_state_the_value_reached():
    answer_errors = [r for r in generate_stories(5, 600) if r["error"] and r["error"]["kind"] == "answer"]
    stated = [(r, int(NUMBER.findall(r["steps"][-1])[-1]), int(EQUATION.search(r["steps"][-2]).group(4))) for r in answer_errors]
    early = [(r, answer) for r, answer, reached in stated if answer == reached]  # a changed answer differs from the last result
    assert 10 < len(early) < len(answer_errors)
    for r, answer in early:  # every equation right, the answer is the last result, yet not the problem's answer
        assert r["label"] == len(r["steps"]) - 1 == consistent_prefix(r["steps"])
        assert answer != r["answer"] and not r["final_answer_correct"]
        at = r["steps"][-1].rindex(str(answer))  # the error shows inside the answer, or right after a prefix of the true one
        assert at <= r["error"]["offset"] <= at + len(str(answer)), r


def test_drills_are_short_and_mostly_wrong_by_a_slip_the_labels_pin():
    drills = generate_drills(3, 400)
    assert drills == generate_drills(3, 400) and drills != generate_drills(4, 400)
    assert all(2 <= len(r["steps"]) <= 4 for r in drills)
    slips = [r for r in drills if r["error"] and r["error"]["kind"] == "slip"]
    assert len(slips) > 0.3 * len(drills)
    for r in slips:  # the labelled step's equation is false, every one before it true
        assert consistent_prefix(r["steps"]) == r["label"], r
        a, op, b, c = EQUATION.search(r["steps"][r["label"]]).groups()
        assert result(int(a), op, int(b)) != int(c)
    misses = [abs(int(c) - result(int(a), op, int(b))) for a, op, b, c in (EQUATION.search(r["steps"][r["label"]]).groups() for r in slips)]
    assert sum(m in (1, 10, 100, 1000) for m in misses) > 0.4 * len(misses)  # off by a carry, as a policy slips


def test_story_wording_varies():
    problems = [r["problem"] for r in generate_stories(6, 400)]
    assert len({p.split(" ")[0] for p in problems}) > 40  # many openings
    assert any("dozen" in p or "twice" in p or "half" in p for p in problems)
    assert any(re.search(r"\b(I|we)\b", p) for p in problems)


def test_verbs_agree_and_numbers_read():
    assert verb_form("give away {n} {item}", "past") == "gave away {n} {item}"
    assert verb_form("share {them} equally among {n} friends and keep one share", "s") == "shares {them} equally among {n} friends and keeps one share"
    assert verb_form("carry", "s") == "carries" and verb_form("copy", "past") == "copied"
    assert number_words(42) == "forty-two" and number_words(305) == "three hundred and five"


def test_other_authors_errors_get_the_offset_where_they_show():
    record = {"problem": "Ana has 20 pens. She buys 5.", "steps": ["20 + 5 = 26 pens.", "The answer is 26."], "label": 0, "error_kind": "arithmetic"}
    error = with_offset(record)["error"]
    assert record["steps"][0][error["offset"] :].startswith("6")
    record = {**record, "steps": ["20 − 5 = 15 pens.", "The answer is 15."], "error_kind": "operation"}
    assert record["steps"][0][with_offset(record)["error"]["offset"]] == "−"
    record = {**record, "steps": ["20 + 5 = 25 pens.", "The answer is 52."], "label": 1, "error_kind": "answer"}
    error = with_offset(record)["error"]
    assert (error["kind"], record["steps"][1][error["offset"] :]) == ("answer", "52.")
    assert with_offset({**record, "label": -1})["error"] is None


def test_lists_typed_signs_clock_times_and_numbered_asides_appear_and_errors_keep_their_offsets():
    records = generate_stories(7, 800)
    assert sum(bool(re.search(r"\d:\d\d", r["problem"])) for r in records) > 20
    assert sum(r["steps"][0].startswith(tuple(BULLETS)) or bool(re.match(r"\W*(Step )?1\W", r["steps"][0])) for r in records) > 80
    assert sum(" x " in step for r in records for step in r["steps"]) > 20
    assert sum(bool(re.search(r"years old|th Street|minutes to|Room \d|Bus \d|May \d|degrees|at number", r["problem"])) for r in records) > 40
    parts = {"slip": (4,), "operation": (2,), "operand_b": (1, 3)}  # a product's two numbers come in either order
    for r in records:
        kind = r["error"] and r["error"]["kind"]
        if kind in parts:  # the offset lands inside the part of the equation the error changed
            m, at = EQUATION.search(r["steps"][r["label"]]), r["error"]["offset"]
            assert any(m.start(part) <= at <= m.end(part) for part in parts[kind]), r


def test_unread_changes_are_told_with_made_up_verbs_and_change_nothing_else():
    plain, unread = generate_stories(9, 300), generate_stories(9, 300, unread=1.0)
    assert generate_stories(9, 300, unread=0.0) == plain  # off by default: earlier phases' records stay as they were
    known = {w for table in (L.ADD, L.SUB, L.ADD_BY_OTHERS, L.SUB_BY_OTHERS) for phrase in table for w in phrase.split()}
    words = {w for r in plain for w in re.findall(r"[a-z]+", r["problem"])}
    new_words = {w for r in unread for w in re.findall(r"[a-z]+", r["problem"])} - words - known
    assert len(new_words) > 100  # made-up verbs, conjugated
    for r in unread:  # still the domain's records: labels pinned by the equations
        prefix = consistent_prefix(r["steps"])
        assert prefix == len(r["steps"]) - 1 if r["label"] == -1 else prefix >= min(r["label"], len(r["steps"]) - 1)


def test_extra_steps_are_right_equations_one_too_many_marked_at_their_sign():
    plain, extra = generate_stories(9, 300), generate_stories(9, 300, extra=1.0)
    assert generate_stories(9, 300, extra=0.0) == plain  # off by default: earlier phases' records stay as they were
    wrong = [r for r in extra if r["error"]]
    assert len(wrong) > 100 and all(r["error"]["kind"] == "extra" for r in wrong)
    for r in wrong:
        steps, at = r["steps"], r["error"]["offset"]
        assert consistent_prefix(steps) > r["label"]  # the extra step's equation holds and continues the one before
        assert EQUATION.search(steps[r["label"]]).start(2) == at  # marked at the operation sign
        assert r["label"] >= 1 and not r["final_answer_correct"]


def test_chat_styled_records_keep_the_equations_labels_and_the_errors_place():
    plain, chat = generate_stories(9, 400), generate_stories(9, 400, chat=1.0)
    assert generate_stories(9, 400, chat=0.0) == plain  # off by default: earlier phases' records stay as they were
    text = "\n".join(step for r in chat for step in r["steps"])
    assert all(text.count(mark) > 20 for mark in ("$$", "\\[", "\\times", "\\boxed{", "## Step", "**"))
    parts = {"slip": (4,), "operation": (2,), "operand_a": (1, 3), "operand_b": (1, 3)}
    for p, r in zip(plain, chat):
        assert (r["problem"], r["label"], r["final_answer_correct"], len(r["steps"])) == (p["problem"], p["label"], p["final_answer_correct"], len(p["steps"]))
        found = [EQUATION.search(step).groups() for step in r["steps"][:-1]]
        assert [(a, ASCII.get(op, op), b, c) for a, op, b, c in found] == [
            (a, ASCII.get(op, op), b, c) for a, op, b, c in (EQUATION.search(s).groups() for s in p["steps"][:-1])
        ]
        assert NUMBER.findall(r["steps"][-1]) == NUMBER.findall(p["steps"][-1])
        kind, at = r["error"] and r["error"]["kind"], r["error"] and r["error"]["offset"]
        if kind in parts:
            m = EQUATION.search(r["steps"][r["label"]])
            assert any(m.start(part) <= at <= m.end(part) for part in parts[kind]), r
        elif kind == "answer":
            number = re.search(r"\d+", r["steps"][-1])
            assert number.start() <= at <= number.end(), r


def test_results_stated_first_are_the_equations_own_and_errors_stay_in_the_equation():
    plain, first = generate_stories(9, 300), generate_stories(9, 300, first=1.0)
    assert generate_stories(9, 300, first=0.0) == plain  # off by default: earlier phases' records stay as they were
    parts = {"slip": (4,), "operation": (2,), "operand_a": (1, 3), "operand_b": (1, 3)}
    for r in first:
        for step in r["steps"][:-1]:
            m = EQUATION.search(step)
            assert m.start() > 0 and m.group(4) in NUMBER.findall(step[: m.start()]), step  # the result, said before
        prefix = consistent_prefix(r["steps"])
        assert prefix == len(r["steps"]) - 1 if r["label"] == -1 else prefix >= min(r["label"], len(r["steps"]) - 1)
        kind = r["error"] and r["error"]["kind"]
        if kind in parts:
            m, at = EQUATION.search(r["steps"][r["label"]]), r["error"]["offset"]
            assert any(m.start(part) <= at <= m.end(part) for part in parts[kind]), r


def test_preambles_copy_the_problem_and_keep_labels_on_the_same_text():
    plain, opened = generate_stories(9, 300), generate_stories(9, 300, preamble=1.0)
    assert generate_stories(9, 300, preamble=0.0) == plain
    own = 0
    for p, r in zip(plain, opened):
        if len(r["steps"]) > len(p["steps"]):  # a step of its own, before the first
            own += 1
            preamble = r["steps"][0]
            assert r["steps"][1:] == p["steps"] and not EQUATION.search(preamble)
            assert r["label"] == (p["label"] + 1 if p["label"] >= 0 else -1)
            assert r["error"] == (p["error"] and {**p["error"], "step": p["error"]["step"] + 1})
        else:  # the head of the first step
            preamble, first = r["steps"][0].rsplit("\n", 1)
            assert first == p["steps"][0] and r["steps"][1:] == p["steps"][1:] and r["label"] == p["label"]
            if p["error"]:
                moved = len(r["steps"][0]) - len(first) if p["error"]["step"] == 0 else 0
                assert r["error"] == {**p["error"], "offset": p["error"]["offset"] + moved}
        assert not Counter(NUMBER.findall(preamble)) - Counter(NUMBER.findall(r["problem"]))  # the problem's numbers only
    assert 60 < own < 180
    heads = {r["steps"][0].split("\n")[0] for r in opened}
    assert len(heads) > 10 and any(h.startswith("Known facts") for h in heads)


def test_money_stories_follow_the_domain_rules_and_name_their_currency():
    plain, money = generate_stories(11, 300), generate_stories(11, 300, money=1.0)
    assert generate_stories(11, 300, money=0.0) == plain  # off by default: earlier phases' records stay as they were
    assert sum(r["label"] == -1 for r in money) > 100
    for r in money:
        assert re.search(r"[$€£]\d|dollars|euros|pounds", r["problem"]), r["problem"]
        assert all(int(n) <= 1000 for n in NUMBER.findall(r["problem"])), r["problem"]
        assert all(len(EQUATION.findall(step)) == 1 for step in r["steps"][:-1]), r["steps"]
        if r["label"] == -1:
            assert consistent_prefix(r["steps"]) == len(r["steps"]) - 1, r
            assert r["final_answer_correct"] and int(NUMBER.findall(r["steps"][-1])[-1]) == r["answer"], r
    past = [r["problem"] for r in money if " had " in r["problem"]]
    assert past and not any(re.search(r"\b(charges|bills|pays|costs) ", p) for p in past)  # a past story's others act in the past


def test_dictionary_stories_tell_changes_with_wordnet_verbs_and_follow_the_domain_rules():
    plain, wide = generate_stories(12, 300), generate_stories(12, 300, dictionary=0.6)
    assert generate_stories(12, 300, dictionary=0.0) == plain  # off by default: earlier phases' records stay as they were
    forms = L.lexicon()["gain"] + L.lexicon()["loss"]
    told = [v for r in wide for base, s, past in forms for v in (s, past) if re.search(rf"\b{v} (\d|another|[a-z]+-?[a-z]* )", r["problem"])]
    assert len(set(told)) > 20  # many WordNet verbs, conjugated ("trapped", "stole", "piled up")
    assert any(re.search(r"\b(twice|half|a dozen|three times)\b", r["problem"]) for r in wide if r["label"] == -1)
    for r in wide:
        assert all(len(EQUATION.findall(step)) == 1 for step in r["steps"][:-1]), r["steps"]
        if r["label"] == -1:
            assert consistent_prefix(r["steps"]) == len(r["steps"]) - 1, r
            assert r["final_answer_correct"] and int(NUMBER.findall(r["steps"][-1])[-1]) == r["answer"], r


def test_wordnet_verbs_are_conjugated_from_their_own_forms():
    assert L.verb_form("trap {n} {item}", "past") == "trapped {n} {item}"
    assert L.verb_form("steal {n} {item}", "s") == "steals {n} {item}"
    assert "pile up {n} more {item}" in L.dictionary_phrases("gain") and "throw away {n} of {them}" in L.dictionary_phrases("loss")


def assert_within_the_domain(records: list[dict]) -> None:
    """Numbers up to 1000, one equation per step but the last, and right records right all through."""
    for r in records:
        assert all(int(n) <= 1000 for n in NUMBER.findall(r["problem"])), r["problem"]
        assert all(len(EQUATION.findall(step)) == 1 for step in r["steps"][:-1]), r["steps"]
        if r["label"] == -1:
            assert consistent_prefix(r["steps"]) == len(r["steps"]) - 1, r
            assert r["final_answer_correct"] and int(NUMBER.findall(r["steps"][-1])[-1]) == r["answer"], r


def test_notes_tell_the_story_as_tally_lines_and_follow_the_domain_rules():
    plain, notes = generate_stories(13, 300), generate_stories(13, 300, notes=1.0)
    assert generate_stories(13, 300, notes=0.0) == plain  # off by default: earlier phases' records stay as they were
    participles = [r for r in notes if re.search(rf"\d (of them were )?({'|'.join(GAIN_DONE + LOSS_DONE)})\b", r["problem"])]
    assert len(participles) > 100 and sum("\n" in r["problem"] for r in notes) > 50
    assert_within_the_domain(notes)


def test_a_tally_line_says_which_way_the_count_goes_in_its_own_words_only():
    rng = random.Random(0)
    for _ in range(500):
        op = rng.choice("+-")
        line = change_line(rng, op, 7)
        own, other = (GAIN_DONE + GAIN_LABELS, LOSS_DONE + LOSS_LABELS) if op == "+" else (LOSS_DONE + LOSS_LABELS, GAIN_DONE + GAIN_LABELS)
        assert any(re.search(rf"\b{w}\b", line) for w in own), line
        assert not any(re.search(rf"\b{w}\b", line, re.IGNORECASE) for w in other), line


def test_place_stories_count_comings_and_goings_and_follow_the_domain_rules():
    plain, places = generate_stories(17, 300), generate_stories(17, 300, places=1.0)
    assert generate_stories(17, 300, places=0.0) == plain  # off by default: earlier phases' records stay as they were
    boarding = [r for r in places if re.search(r"\b(got|get|gets) (on|off)\b", r["problem"])]
    assert len(boarding) > 20 and sum(r["label"] == -1 for r in places) > 100
    assert_within_the_domain(places)


def test_a_place_change_says_which_way_the_count_goes_with_its_own_sides_verbs_only():
    rng = random.Random(0)
    for _ in range(500):
        story, op = PlaceStory(rng, rng.choice(["past", "present"])), rng.choice("+-")
        clause = story.change_clause(op, rng.randint(1, 40), with_subject=True)
        own, other = (COME, GO) if op == "+" else (GO, COME)
        assert any(re.search(rf"\b{form}\b", clause) for verb in own[story.moves] for form in verb), clause
        assert not any(re.search(rf"\b{form}\b", clause) for verb in other[story.moves] for form in verb), clause


def test_wallet_stories_keep_money_somewhere_name_what_it_buys_and_follow_the_domain_rules():
    money = generate_stories(19, 300, money=1.0)
    assert generate_stories(19, 300, money=1.0, wallet=0.0) == money  # off by default: earlier phases' records stay
    wallet = generate_stories(19, 300, money=1.0, wallet=1.0)
    goods = L.lexicon()["goods"]
    named = [r for r in wallet if any(re.search(rf"\ban? {g}\b", r["problem"]) for g in goods)]
    tills = [r for r in wallet if "till" in r["problem"]]
    labelled = [r for r in wallet if any(re.match(r"(Money in|Money out|The refund|Entry, )", s) for s in r["steps"])]
    assert len(named) > 100 and len(tills) > 40 and len(labelled) > 30
    assert all(re.search(r"[$€£]\d|dollars|euros|pounds", r["problem"]) for r in wallet)
    past = [r["problem"] for r in wallet if re.search(r"\b(had|counted|was) ", r["problem"])]
    assert past and not any(re.search(r"\b(buys|returns|comes|costs|puts \S+ into) ", p) for p in past)  # others act in the past too
    assert_within_the_domain(wallet)


def test_a_story_may_ask_for_one_share_as_its_last_change_and_follow_the_domain_rules():
    plain = generate_stories(23, 300)
    assert generate_stories(23, 300, each=0.0) == plain  # off by default: earlier phases' records stay as they were
    shared = generate_stories(23, 300, each=1.0)
    asked = [r for r in shared if re.search(r"(does|did) each( \w+)? get\?|(go|went|are|were) in each \w+\?|in each of them\?", r["problem"])]
    assert len(asked) > 20
    sharers = "friends|children|classmates|teams|neighbours|players|boxes|bags|jars"
    for r in (r for r in asked if r["label"] == -1):
        said = re.findall(rf"(?:equally|evenly|equal numbers) (?:among|between|to|into) (\S+) (?:{sharers})\b", r["problem"])[-1]
        a, op, b, c = EQUATION.search(r["steps"][-2]).groups()  # the share is the last step's division
        assert ASCII.get(op, op) == "/" and said in (b, number_words(int(b))), r
    assert_within_the_domain(shared)

"""Math problems with steps that the converter scores to measure each variant against fp32 (`report.py`), and that
the family parity fixtures score with the authors' procedures (`models/families/build.py`, `RECORDS`)."""

from __future__ import annotations

#: Correct solutions, plain text with the characters real problems hold (fractions in LaTeX, Cyrillic, an emoji, ×).
RECORDS = [
    {
        "problem": "Tom has 12 pens and buys 7 more. How many pens does he have now?",
        "steps": ["He buys 7 more, so he has 12 + 7 = 19 pens.", "The answer is 19."],
    },
    {
        "problem": "Compute $\\frac{3}{4} \\cdot 8$.",
        "steps": ["Multiply: $\\frac{3}{4} \\cdot 8 = \\frac{24}{4}$.", "Then $\\frac{24}{4} = 6$.", "So the answer is $\\boxed{6}$."],
    },
    {
        "problem": "Ана has 5 apples 🍎 and eats 2. Then she doubles what is left. How many?",
        "steps": ["She eats 2: 5 - 2 = 3.", "Doubling gives 3 * 2 = 6.", "Check: 6 / 2 = 3, fine.", "The answer is 6."],
    },
    {
        "problem": "A train travels 60 km/h for 2.5 hours (then stops). How far does it go?",
        "steps": [
            "Distance = speed × time.",
            "60 × 2.5 = 150 km.",
            "Wait, 60 × 2 = 120 and 60 × 0.5 = 30; 120 + 30 = 150.",
            "It travels 150 km.",
            "Final answer: 150",
        ],
    },
]

#: Solutions whose first error is at step `label` (ProcessBench's field), so a trained PRM's first error moves.
WRONG_STEP_RECORDS = [
    {
        "problem": "Mia has 24 stickers. She gives 9 to her brother and then buys 5 more. How many stickers does she have?",
        "steps": ["After giving 9 away she has 24 - 9 = 13.", "Buying 5 more gives 13 + 5 = 18.", "The answer is 18."],
        "label": 0,
    },
    {
        "problem": "Solve for $x$: $3x + 4 = 19$.",
        "steps": ["Subtract 4 from both sides: $3x = 15$.", "Divide by 3: $x = 6$.", "So $x = \\boxed{6}$."],
        "label": 1,
    },
    {
        "problem": "A box holds 6 rows of 8 eggs. 5 eggs break. How many eggs are left?",
        "steps": ["The box holds 6 × 8 = 48 eggs.", "After 5 break, 48 - 5 = 43 are left.", "Half of them are brown, so 43 / 2 = 21.5.", "The answer is 43."],
        "label": 2,
    },
]

#: What the converter measures every variant on.
PARITY_RECORDS = RECORDS + WRONG_STEP_RECORDS

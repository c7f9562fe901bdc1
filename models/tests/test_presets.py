"""The ProcessBench presets the converter writes follow each family's authors' script (the settings table below,
from models/convert/CONVENTIONS.md §1-§8), and every setting names its source."""

import pytest

from models.convert.families import FAMILIES
from models.convert.presets import PROCESSBENCH

# family: (threshold, threshold rule, step prefix, coef)
SETTINGS = {
    "qwen2.5-math-prm": (0.5, "below", None, None),
    "skywork-prm": (0.5, "below", None, None),
    "math-shepherd": (0.5, "below", None, None),
    "rlhflow": (0.5, "below", None, None),
    "trl": (0.5, "below", None, None),
    "pure": (0.0, "at-or-below", None, None),
    "implicit": (0.5005, "below", "Step {n}: ", 0.005),
}


def test_every_family_has_a_preset():
    assert set(PROCESSBENCH) == set(FAMILIES) == set(SETTINGS)


@pytest.mark.parametrize("family", sorted(SETTINGS))
def test_preset_follows_the_authors_script(family):
    preset = PROCESSBENCH[family]
    threshold, rule, prefix, coef = SETTINGS[family]
    assert (preset["threshold"], preset.get("thresholdRule", "below"), preset.get("stepPrefix"), preset.get("coef")) == (threshold, rule, prefix, coef)
    settings = {key for key in preset if key not in ("sources", "notes")}
    assert settings == set(preset["sources"]), "every setting names its source, and only settings do"
    assert all(source.strip() for source in preset["sources"].values())

"""A checkpoint one layer deeper that computes exactly what it did: more capacity to continue training from.

    python -m models.tiny_arith.grow CHECKPOINT --out GROWN [--after K]

The new layer is a copy of layer K (default: the middle one) inserted after it, with the two projections that write
into the residual stream (attention's o_proj, the MLP's down_proj) set to zero: the layer adds nothing, so logits
and hidden states (and the result check that reads them) stay as they were, and training grows it from there (the
gradient of a zeroed output projection is not zero). Other files of the folder (training log, result check) are
copied as they are. The shipped variants must stay under 10 MB: at hidden size 160 a layer adds about 1.29 MB to the
fp32 file (8.16 MB at six layers), so a seventh fits and an eighth does not.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

from safetensors.torch import load_file, save_file

LAYER = re.compile(r"^(model\.layers\.)(\d+)(\..*)$")
#: The weights through which a decoder layer writes into the residual stream.
OUTPUTS = ("self_attn.o_proj.", "mlp.down_proj.")


def grown_state(state: dict, after: int) -> dict:
    """`state` with a copy of layer `after` inserted behind it, its residual outputs zeroed, later layers renumbered."""
    out = {}
    for key, tensor in state.items():
        match = LAYER.match(key)
        if not match:
            out[key] = tensor
            continue
        prefix, index, rest = match.group(1), int(match.group(2)), match.group(3)
        out[f"{prefix}{index + 1 if index > after else index}{rest}"] = tensor
        if index == after:
            copy = tensor.clone()
            if rest.startswith("." + OUTPUTS[0]) or rest.startswith("." + OUTPUTS[1]):
                copy.zero_()
            out[f"{prefix}{after + 1}{rest}"] = copy
    return out


def grow(checkpoint: Path, out: Path, after: int | None = None) -> int:
    """Writes `out`, `checkpoint` one layer deeper; returns the new layer count."""
    config = json.loads((checkpoint / "config.json").read_text())
    layers = config["num_hidden_layers"]
    after = layers // 2 - 1 if after is None else after
    if not 0 <= after < layers:
        raise ValueError(f"--after {after}: the checkpoint has layers 0..{layers - 1}")
    out.mkdir(parents=True, exist_ok=True)
    for path in checkpoint.iterdir():
        if path.name not in ("config.json", "model.safetensors") and path.is_file():
            shutil.copy2(path, out / path.name)
    save_file(grown_state(load_file(checkpoint / "model.safetensors"), after), out / "model.safetensors", metadata={"format": "pt"})
    config["num_hidden_layers"] = layers + 1
    if "layer_types" in config:
        config["layer_types"].insert(after + 1, config["layer_types"][after])
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    return layers + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--after", type=int, default=None, help="copy this layer and insert the copy behind it (default: the middle one)")
    args = parser.parse_args()
    print(f"{args.out}: {grow(args.checkpoint, args.out, args.after)} layers")


if __name__ == "__main__":
    main()

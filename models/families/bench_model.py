"""The realistic-size model of `npm run bench`: random weights in Qwen2.5-0.5B's shape with a TRL-style 2-class
token-classification head and the real Qwen BPE, converted to q4 by the converter (fp32 is written and deleted).

    .venv/bin/python -m models.families.bench_model --out bench/models/qwen2.5-0.5b-shape

Random weights score nonsense, but cost exactly what trained ones do: this model is for timing only.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from ..convert.convert import Options, convert
from .stand_ins import build

#: Qwen2.5-0.5B's config.json shape (the vocabulary is the npm Qwen tokenizer's, 151,669 tokens against 151,936).
QWEN25_05B = dict(
    hidden_size=896,
    intermediate_size=4864,
    num_hidden_layers=24,
    num_attention_heads=14,
    num_key_value_heads=2,
    max_position_embeddings=32768,
    rope_theta=1000000.0,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("bench/models/qwen2.5-0.5b-shape"))
    args = parser.parse_args()
    if (args.out / "prm.json").exists():
        print(f"{args.out} exists; delete it to rebuild")
        return
    hf = args.out.parent / f"{args.out.name}-hf"
    build("trl", hf, sizes=QWEN25_05B)
    convert(hf, args.out, "trl", ["q4"], Options(), max_context=4096)
    shutil.rmtree(hf)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

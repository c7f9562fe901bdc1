"""`python -m models.convert SRC_DIR OUT_DIR --family F --quant q4[,fp32,...]` (see models/README.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .convert import convert
from .families import FAMILIES, Options
from .manifest import VARIANT_FILES


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m models.convert", description=__doc__)
    parser.add_argument("src", type=Path, help="local Hugging Face model folder (config, safetensors, tokenizer)")
    parser.add_argument("out", type=Path, help="Steplight folder to write")
    parser.add_argument("--family", required=True, choices=sorted(FAMILIES))
    parser.add_argument("--quant", default="q4", help=f"comma-separated variants from {', '.join(VARIANT_FILES)} (default q4)")
    parser.add_argument("--step-split", help="where streamed text is cut into steps (family default otherwise)")
    parser.add_argument("--separator", help="trl / pure: the step separator the model was trained with (default \\n)")
    parser.add_argument("--step-tag", default=" ки", help="math-shepherd: the step tag text (default ' ки')")
    parser.add_argument("--max-context", type=int, default=4096, help="most tokens scored (default 4096, capped by the config)")
    parser.add_argument("--reference", type=Path, help="implicit: the reference model's folder (SRC_DIR is the policy)")
    parser.add_argument("--coef", type=float, default=0.001, help="implicit: reward scale coef (default 0.001, EurusPRM)")
    parser.add_argument("--base-model", help="the source's Hub id (owner/name), named as base_model in the model card")
    args = parser.parse_args()
    quants = [q.strip() for q in args.quant.split(",") if q.strip()]
    unknown = [q for q in quants if q not in VARIANT_FILES]
    if unknown or not quants:
        parser.error(f"unknown --quant {unknown}; choose from {', '.join(VARIANT_FILES)}")
    options = Options(step_split=args.step_split, separator=args.separator, step_tag=args.step_tag, reference=args.reference, coef=args.coef)
    manifest = convert(args.src, args.out, args.family, quants, options, args.max_context, base_model=args.base_model)
    print(f"wrote {args.out}")
    for name, entry in manifest["variants"].items():
        parity = entry.get("parity")
        gap = f"max |diff| vs fp32 {parity['maxAbsDiffVsFp32']:.2g}, first error agrees {parity['firstErrorAgreement']:.0%}" if parity else "the reference"
        print(f"  {name}: {(args.out / entry['file']).stat().st_size / 1e6:.1f} MB, {gap}")


if __name__ == "__main__":
    main()

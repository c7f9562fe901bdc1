"""Reads named tensors from a Hugging Face folder's safetensors files (single or sharded)."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors import safe_open


def _shards(folder: Path) -> dict[str, Path]:
    """Tensor name -> the file that holds it."""
    index = folder / "model.safetensors.index.json"
    if index.exists():
        return {name: folder / file for name, file in json.loads(index.read_text())["weight_map"].items()}
    single = folder / "model.safetensors"
    if not single.exists():
        raise SystemExit(f"{folder} has no model.safetensors or model.safetensors.index.json")
    with safe_open(str(single), framework="pt") as f:
        return {name: single for name in f.keys()}


class Weights:
    """Lazy access to a folder's tensors by name."""

    def __init__(self, folder: Path) -> None:
        self.files = _shards(folder)

    def has(self, name: str) -> bool:
        return name in self.files

    def get(self, name: str) -> torch.Tensor:
        if name not in self.files:
            raise SystemExit(f"tensor {name!r} not found; the folder holds e.g. {sorted(self.files)[:8]}")
        with safe_open(str(self.files[name]), framework="pt") as f:
            return f.get_tensor(name).float()

    def first(self, *names: str) -> str:
        """The first of `names` the folder holds."""
        for name in names:
            if name in self.files:
                return name
        raise SystemExit(f"none of {names} found in the checkpoint")

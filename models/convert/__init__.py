"""Converts Hugging Face PRM folders into Steplight folders (ONNX with a KV cache, tokenizer files, prm.json)."""

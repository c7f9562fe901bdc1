"""Recipe for the built-in tiny-arith process reward model: data, tokenizer, training, export, checks."""

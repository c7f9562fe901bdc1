"""The tiny policy: a causal LM that writes tiny-arith solutions for the search demo (see models/README.md)."""

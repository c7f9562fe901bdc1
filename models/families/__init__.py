"""Parity fixtures for the PRM families: tiny random-weight models of each family's real architecture, the
authors' scoring procedures as reference, and the converted Steplight folders the TypeScript tests load."""

"""The domain: matrices, letter schemes, edits and rules. No Qt, no files."""

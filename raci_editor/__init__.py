"""RACI Editor: edit, check and share RACI responsibility matrices."""

__version__ = "0.1.0"

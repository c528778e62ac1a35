"""Seeded, deterministic demo content for a fictitious city committee (江川市)."""

from review_desk.demo.generator import generate

__all__ = ["generate"]

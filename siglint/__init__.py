"""siglint: what MLflow will do with the type hints of your predict, before anything runs."""

from __future__ import annotations

__version__ = "0.1.0"

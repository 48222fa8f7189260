"""The analysis core: from source text to the signature MLflow would log."""

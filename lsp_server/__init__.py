"""The siglint language server: a thin pygls adapter over ``siglint.engine.check_source``."""

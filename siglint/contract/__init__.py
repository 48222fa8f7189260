"""Contracts: how a served model's signature changed between two versions of it, and which
changes break the clients of its endpoint (``siglint diff``).

- ``changes``: what one change is (a field path, what happened, its verdict).
- ``values``: which values MLflow's enforcement lets through a schema type, by context.
- ``compare``: two signatures (MLflow's ``to_dict`` form) in, their changes out.
- ``targets``: the targets of two versions matched (by path and qualname, renames and moves too).
- ``revision``: files at a git revision, read without a checkout.
- ``collect``: the targets of the working tree and of a revision, through the engine.
- ``logged``: the signature MLflow logged (an ``MLmodel`` file) or ``siglint schema`` wrote.
- ``render``: one module per ``--output-format``.
"""

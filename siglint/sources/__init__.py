"""Sources: what turns a file into the Python text the engine checks, and the text back into bytes.

``siglint.sources.python`` reads a ``.py`` file as CPython's ``import`` does.
"""

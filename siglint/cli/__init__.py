"""The command line: reads files, calls the core, renders results."""

# ``check`` and ``schema`` give up on a file after this many seconds (``--per-file-timeout``).
# Generous: a file in a large package can take tens of seconds when its imports are followed.
DEFAULT_PER_FILE_TIMEOUT = 60.0

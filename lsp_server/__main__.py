"""``python -m lsp_server``: the language server over standard input and output."""

from siglint import drop_working_folder

drop_working_folder()

from lsp_server import main  # noqa: E402 (after the working folder is off sys.path)

raise SystemExit(main())

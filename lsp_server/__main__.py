"""``python -m lsp_server``: the language server over standard input and output."""

from lsp_server import drop_working_folder, main

drop_working_folder()
raise SystemExit(main())

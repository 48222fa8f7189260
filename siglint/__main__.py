"""``python -m siglint``: the command line, with the working folder off ``sys.path``."""

from siglint import drop_working_folder

drop_working_folder()

from siglint.cli.main import run_process  # noqa: E402 (after the working folder is off sys.path)

run_process()

"""Configuration: which findings siglint reports for a file, and which files it checks.

``SettingsResolver`` finds a file's configuration (``[tool.siglint]`` in ``pyproject.toml``, or
``siglint.toml``) and layers command-line or editor overrides on it; ``Settings`` is the result
for one file. The command line and the language server share both, so they never disagree.
"""

from siglint.config.options import ConfigError
from siglint.config.resolver import SettingsResolver
from siglint.config.settings import DEFAULT_EXCLUDE, DEFAULT_TARGET_MLFLOW_VERSION, Settings

__all__ = [
    "DEFAULT_EXCLUDE",
    "DEFAULT_TARGET_MLFLOW_VERSION",
    "ConfigError",
    "Settings",
    "SettingsResolver",
]

# target: Model python_model
# `|` between integers is arithmetic, not a union: the module imports and the hint is read.
import re

import mlflow

FLAGS = 1 | 2
PATTERN_FLAGS = re.IGNORECASE | re.MULTILINE
Text = str | None


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str], params: dict[str, int] | None = None) -> list[str]:
        return [str(FLAGS)]

# target: M python_model
import sys

if sys.version_info >= (3, 9):
    from typing import Optional
else:
    from typing_extensions import Optional

import mlflow


class M(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: Optional[list[str]]) -> list[str]:
        return []

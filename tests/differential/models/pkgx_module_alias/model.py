# target: Model python_model
import pkgx_module_alias.schemas as s
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[s.Item]) -> list[str]:
        return []

# target: Model python_model
# ResponsesAgentRequest as the element of a plain PythonModel.

from mlflow.pyfunc import PythonModel
from mlflow.types.responses import ResponsesAgentRequest


class Model(PythonModel):
    def predict(self, model_input: list[ResponsesAgentRequest]) -> list[str]:
        return []

# target: Model python_model
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[ResponsesAgentRequest]) -> list[ResponsesAgentResponse]:
        return []

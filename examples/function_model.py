"""A @pyfunc function and a ResponsesAgent: MLflow fixes the agent's signature itself."""

from mlflow.pyfunc import ResponsesAgent
from mlflow.pyfunc.utils import pyfunc
from mlflow.types.responses import ResponsesAgentRequest, ResponsesAgentResponse


@pyfunc
def predict(model_input: list[dict[str, list[float]]]) -> list[float]:
    return [sum(sum(v) for v in row.values()) for row in model_input]


class EchoAgent(ResponsesAgent):
    def predict(self, request: ResponsesAgentRequest) -> ResponsesAgentResponse:
        raise NotImplementedError

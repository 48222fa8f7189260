# target: Agent chat_agent
# ChatAgent whose predict hints would be errors for a PythonModel.

from typing import Optional

from mlflow.pyfunc import ChatAgent
from mlflow.types.agent import ChatAgentMessage, ChatAgentResponse


class Agent(ChatAgent):
    def predict(
        self, messages: list[Optional[str]], context: list = None, custom_inputs: dict = None
    ) -> ChatAgentResponse:
        return ChatAgentResponse(
            messages=[ChatAgentMessage(role="assistant", content="hello", id="m1")]
        )

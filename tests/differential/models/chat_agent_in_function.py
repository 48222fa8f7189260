# target: build.<locals>.Agent chat_agent
# A ChatAgent created inside a function.

from mlflow.pyfunc import ChatAgent
from mlflow.types.agent import ChatAgentMessage, ChatAgentResponse


def build():
    class Agent(ChatAgent):
        def predict(self, messages, context=None, custom_inputs=None):
            return ChatAgentResponse(
                messages=[ChatAgentMessage(role="assistant", content="hello", id="m1")]
            )

    return Agent


Agent = build()

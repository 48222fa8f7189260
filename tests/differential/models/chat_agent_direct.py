# target: Agent chat_agent
# A direct ChatAgent subclass.

from mlflow.pyfunc import ChatAgent
from mlflow.types.agent import ChatAgentMessage, ChatAgentResponse


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        return ChatAgentResponse(
            messages=[ChatAgentMessage(role="assistant", content="hello", id="m1")]
        )

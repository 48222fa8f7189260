# target: Agent chat_agent
# target: LoudAgent chat_agent
# A concrete ChatAgent and its subclass are both targets.

from mlflow.pyfunc import ChatAgent
from mlflow.types.agent import ChatAgentMessage, ChatAgentResponse


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        return ChatAgentResponse(
            messages=[ChatAgentMessage(role="assistant", content="hello", id="m1")]
        )


class LoudAgent(Agent):
    pass

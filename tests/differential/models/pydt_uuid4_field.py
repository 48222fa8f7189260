# target: Model python_model
# UUID4 is Annotated[UUID, ...]: stripped to UUID, unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import UUID4, BaseModel


class Item(BaseModel):
    id: UUID4


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input

# target: Model python_model
# constr()/conint()/confloat() field types: Annotated[str, ...] stripped by pydantic.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, confloat, conint, constr


class Item(BaseModel):
    code: constr(min_length=2, max_length=8)
    n: conint(ge=0)
    p: confloat(gt=0, lt=1)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input

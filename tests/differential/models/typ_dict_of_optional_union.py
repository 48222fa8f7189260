# target: Model python_model
# dict[str, Optional[Union[int, str]]] as the element: AnyType values.

from typing import Optional, Union

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, Optional[Union[int, str]]]]):
        return model_input

# target: predict pyfunc
# TypeFromExample input.

from mlflow.pyfunc.utils import pyfunc
from mlflow.types.type_hints import TypeFromExample


@pyfunc
def predict(model_input: TypeFromExample) -> list[str]:
    return []

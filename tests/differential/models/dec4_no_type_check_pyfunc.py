# target: predict pyfunc
# @pyfunc over @no_type_check: get_type_hints finds nothing, no signature.

from typing import no_type_check

from mlflow.pyfunc.utils import pyfunc


@pyfunc
@no_type_check
def predict(model_input: list[str]) -> list[str]:
    return model_input

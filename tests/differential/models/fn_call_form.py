# target: _impl pyfunc
# pyfunc applied by a call, not as a decorator: the target keeps the wrapped function's qualname.

from mlflow.pyfunc.utils import pyfunc


def _impl(model_input: list[str]) -> list[str]:
    return model_input


predict = pyfunc(_impl)

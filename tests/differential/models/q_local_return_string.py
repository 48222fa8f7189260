# target: build.<locals>.Model python_model
# Quoted local class in the return hint (no future import): the raw strings go through the
# regex fallback; list[str] survives.

from mlflow.pyfunc import PythonModel


def build():
    class Answer:
        pass

    class Model(PythonModel):
        def predict(self, model_input: "list[str]") -> "Answer":
            return Answer()

    return Model


Model = build()

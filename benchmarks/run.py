"""siglint's speed, measured against its references in one run: ``python benchmarks/run.py``.

Run it with the interpreter siglint is installed in (the repository's virtual environment). The
first run downloads pandas and mlflow-skinny (pinned) with pip, unpacks part of their sources as
the corpus, and installs Fixit in a virtual environment of its own, all under
``benchmarks/.cache/`` (git-ignored); later runs reuse them. It prints each figure beside its
reference and the target for their ratio, and writes everything to ``benchmarks/results.json``.

Every figure is a whole command: ``python -m siglint check ...`` (start-up, reading, reporting),
and for the references a script that imports its parser, reads the files and parses them. The
references' own timing of their parse loop alone is printed (and compared) too: siglint pays
its start-up (about half a second, importing libcst included) where the loop does not. Times are
wall-clock seconds; on a shared machine compare the ratios, which come from one run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import corpus
import models
from lsp_client import Client, ServerGone

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent
FIXIT = "fixit==2.2.1"
SMALL_MODEL = REPOSITORY / "examples" / "sentiment_model.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each command N times, keep the fastest"
    )
    parser.add_argument("--no-fixit", action="store_true", help="skip Fixit (no install)")
    parser.add_argument("--no-server", action="store_true", help="skip the language server")
    options = parser.parse_args()
    _compile_bytecode()
    bench = Bench(options.cache.resolve(), options.repeat)
    results: dict[str, Any] = {"machine": machine(), "corpus": bench.describe()}
    print(_machine_line(results["machine"]))
    print(_corpus_line(results["corpus"]))
    results["figures"] = figures = bench.command_line()
    if not options.no_fixit:
        figures.update(bench.fixit())
    results["server"] = None if options.no_server else bench.language_server()
    results["targets"] = targets(figures, results["server"])
    print_report(figures, results["server"], results["targets"])
    options.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {options.output}")


class Bench:
    def __init__(self, cache: Path, repeat: int) -> None:
        self.cache = cache
        self.repeat = repeat
        self.cores = _cores()
        self.corpus = corpus.build(cache)
        self.files = corpus.files(self.corpus)
        self.mlflow_files = [f for f in self.files if b"mlflow" in f.read_bytes()]
        self.scratch = Path(tempfile.mkdtemp(prefix="siglint-bench-"))

    def describe(self) -> dict[str, Any]:
        return {
            "packages": [p.requirement for p in corpus.PACKAGES],
            "files": len(self.files),
            "lines": _lines(self.files),
            "mlflow_files": len(self.mlflow_files),
            "mlflow_lines": _lines(self.mlflow_files),
        }

    # ------------------------------------------------------------------ siglint check
    def command_line(self) -> dict[str, float]:
        f: dict[str, float] = {}
        everything, mlflow = (
            self._listing("all", self.files),
            self._listing("mlflow", self.mlflow_files),
        )
        print("\nmeasuring the command line ...", flush=True)
        f["libcst_parse_all"], f["libcst_parse_all_loop"] = self._parse(everything)
        f["ast_parse_all"], f["ast_parse_all_loop"] = self._parse(everything, "--ast")
        f["check_all_1_job"] = self._siglint("all-1", [self.corpus], "--no-cache", "--jobs", "1")
        f["check_all_jobs"] = self._siglint("all-n", [self.corpus], "--no-cache")
        f["libcst_parse_mlflow"], f["libcst_parse_mlflow_loop"] = self._parse(mlflow)
        f["check_mlflow_1_job"] = self._siglint(
            "mlflow-1", self.mlflow_files, "--no-cache", "--jobs", "1"
        )
        f["check_mlflow_jobs"] = self._siglint("mlflow-n", self.mlflow_files, "--no-cache")
        cache = self.scratch / "cache"
        f["check_all_cold"] = self._siglint("cold", [self.corpus], cache=cache, fresh=True)
        f["check_all_warm"] = self._siglint("warm", [self.corpus], cache=cache)
        f["jobs"] = self.cores
        # What the figures are worth: the same findings however they were obtained.
        full = self._siglint("full", [self.corpus], "--no-cache", "--no-prefilter")
        f["check_all_no_prefilter"] = full
        f["same_findings"] = float(
            self._findings("all-1")
            == self._findings("all-n")
            == self._findings("cold")
            == self._findings("warm")
            == self._findings("full")
        )
        # Independent files, where the children share no imports: 200 generated model modules.
        models_folder = self.scratch / "independent"
        models_folder.mkdir()
        for index in range(200):
            (models_folder / f"model_{index:03}.py").write_text(models.small(index))
        f["check_independent_1_job"] = self._siglint(
            "independent-1", [models_folder], "--no-cache", "--jobs", "1"
        )
        f["check_independent_jobs"] = self._siglint("independent-n", [models_folder], "--no-cache")
        f["startup_check_small_file"] = self._median(
            lambda: _timed(
                [
                    sys.executable,
                    "-m",
                    "siglint",
                    "check",
                    "--no-cache",
                    "--exit-zero",
                    str(SMALL_MODEL),
                ],
                stdout=subprocess.DEVNULL,
            )
        )
        # The same file in a cache (pre-commit run again on an unchanged file): no libcst at all.
        cached = {**os.environ, "SIGLINT_CACHE_DIR": str(self.scratch / "startup-cache")}
        f["startup_check_small_file_cached"] = self._median(
            lambda: _timed(
                [sys.executable, "-m", "siglint", "check", "--exit-zero", str(SMALL_MODEL)],
                stdout=subprocess.DEVNULL,
                env=cached,
            )
        )
        f["startup_import_libcst"] = self._median(
            lambda: _timed([sys.executable, "-c", "import libcst"])
        )
        f["same_findings"] = float(
            f["same_findings"]
            and self._findings("independent-1") == self._findings("independent-n")
        )
        f.update(self.contract())
        return f

    def contract(self) -> dict[str, float]:
        """``siglint diff --base HEAD`` on a repository of 1,000 files with 20 models, two of them
        changed (and a helper), beside ``siglint check`` of the same tree."""
        repository = self.scratch / "contract"
        for index in range(980):
            folder = repository / "app" / f"part{index // 100}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "__init__.py").touch()
            sibling = f"app.part{(index + 100) % 980 // 100}"
            (folder / f"util_{index:03}.py").write_text(models.helper_module(index, sibling))
        for index in range(20):
            (repository / "app" / f"model_{index:02}.py").write_text(models.small(index))
        (repository / "app" / "__init__.py").touch()
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
        for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "models"]):
            subprocess.run([*git, *command], cwd=repository, check=True)
        for changed in ("model_03.py", "model_11.py"):
            path = repository / "app" / changed
            path.write_text(path.read_text().replace("    count: int = 1\n", "    team: str\n"))
        with (repository / "app" / "part1" / "util_150.py").open("a") as helper:
            helper.write("\n# edited\n")
        environment = {**os.environ, "SIGLINT_CACHE_DIR": str(self.scratch / "unused")}

        def timed(*command: str) -> float:
            runs = [
                _timed(
                    [sys.executable, "-m", "siglint", *command],
                    cwd=repository,
                    env=environment,
                    stdout=subprocess.DEVNULL,
                )
                for _ in range(self.repeat)
            ]
            return min(runs)

        print("measuring siglint diff ...", flush=True)
        return {
            "contract_check": timed("check", "--no-cache", "--exit-zero", "."),
            "contract_diff": timed("diff", "--base", "HEAD", "--fail-on", "none", "."),
        }

    def _siglint(
        self,
        label: str,
        paths: list[Path],
        *flags: str,
        cache: Path | None = None,
        fresh: bool = False,
    ) -> float:
        output = self.scratch / f"{label}.json"
        command = [
            sys.executable,
            "-m",
            "siglint",
            "check",
            *map(str, paths),
            *flags,
            "--output-format",
            "json",
            "--output-file",
            str(output),
            "--exit-zero",
        ]
        environment = {**os.environ, "SIGLINT_CACHE_DIR": str(cache or self.scratch / "unused")}
        runs = []
        for _ in range(1 if fresh else self.repeat):
            runs.append(_timed(command, env=environment, cwd=self.corpus))
        return min(runs)

    def _findings(self, label: str) -> list:
        return json.loads((self.scratch / f"{label}.json").read_text(encoding="utf-8"))

    def _listing(self, label: str, files: list[Path]) -> Path:
        listing = self.scratch / f"{label}.txt"
        listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
        return listing

    def _parse(self, listing: Path, *flags: str) -> tuple[float, float]:
        """The fastest of the parse commands: its whole time, and its loop's."""
        return min(_python(HERE / "parse_all.py", listing, *flags) for _ in range(self.repeat))

    def _median(self, measure: Callable[[], float], times: int = 9) -> float:
        measure()  # the operating system's file cache, not the figure
        return statistics.median(measure() for _ in range(times))

    # ------------------------------------------------------------------ Fixit
    def fixit(self) -> dict[str, float]:
        environment = self.cache / "fixit-venv"
        python = environment / "bin" / "python"
        if not python.exists():
            print(f"installing {FIXIT} in {environment} ...", flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", FIXIT], check=True)
        print("measuring Fixit with one trivial rule ...", flush=True)
        listing = self._listing("all", self.files)
        command = [str(python), str(HERE / "fixit_trivial.py"), str(listing)]
        started = time.perf_counter()
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        elapsed = time.perf_counter() - started
        seconds, calls, errors = output.split()
        if int(calls) == 0 or int(errors):
            raise SystemExit(f"Fixit did not run its rule: {calls} calls seen, {errors} errors")
        return {"fixit_trivial_all": elapsed, "fixit_trivial_all_loop": float(seconds)}

    # ------------------------------------------------------------------ the language server
    def language_server(self) -> dict[str, Any] | None:
        print("measuring the language server ...", flush=True)
        workspace = self.scratch / "workspace"
        workspace.mkdir()
        service = workspace / "service.py"
        text = models.service()
        service.write_text(text, encoding="utf-8")
        for index in range(200):
            (workspace / f"model_{index:03}.py").write_text(models.small(index), encoding="utf-8")
        command = [sys.executable, "-m", "lsp_server"]
        try:
            client = Client(command, workspace, {"debounce": 0})
        except (ServerGone, OSError) as error:
            print(f"server not available ({error})")
            return None
        try:
            return _server_figures(client, service, text, workspace)
        except ServerGone as error:
            print(f"server not available ({error})")
            return None
        finally:
            client.close()


def _server_figures(client: Client, service: Path, text: str, workspace: Path) -> dict[str, Any]:
    uri = client.open(service, text)
    client.diagnostics(uri, 1)
    lines = text.splitlines()
    # Edits that change findings: wrap an input hint in list[...], then unwrap it again.
    target = next(n for n, line in enumerate(lines) if "model_input: Request0," in line)
    bare, wrapped = lines[target], lines[target].replace("Request0,", "list[Request0],")
    latencies = []
    for version in range(2, 62):
        old, new = (bare, wrapped) if version % 2 == 0 else (wrapped, bare)
        started = time.perf_counter()
        client.change(uri, version, target, old, new)
        arrived = client.diagnostics(uri, version)
        if version > 11:  # the first ten warm the server up
            latencies.append(arrived - started)
    names = [
        (n, line.index("Model") + 1)
        for n, line in enumerate(lines)
        if line.startswith("class Model")
    ]
    hovers = []
    for attempt in range(60):
        line, column = names[attempt % len(names)]
        started = time.perf_counter()
        answer = client.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": column}},
        )
        if attempt >= 10:
            hovers.append(time.perf_counter() - started)
        if not answer:
            raise ServerGone(f"no hover on line {line + 1}")
    before = client.memory()
    opened = [
        client.open(path, path.read_text(encoding="utf-8"))
        for path in sorted(workspace.glob("model_*.py"))
    ]
    for document in opened:
        client.diagnostics(document, 1)
    return {
        "diagnostics_p50_ms": _percentile(latencies, 50) * 1000,
        "diagnostics_p95_ms": _percentile(latencies, 95) * 1000,
        "hover_p50_ms": _percentile(hovers, 50) * 1000,
        "hover_p95_ms": _percentile(hovers, 95) * 1000,
        "edits": len(latencies),
        "hovers": len(hovers),
        "service_lines": len(lines),
        "service_targets": len(names),
        "memory_one_file_mb": before / 2**20,
        "memory_200_files_mb": client.memory() / 2**20,
        "files_opened": len(opened) + 1,
    }


# ---------------------------------------------------------------------- targets and report
TARGETS = (
    # (what, figure, reference, how the ratio compares, limit)
    ("siglint diff --base HEAD vs check, 1,000 files", "contract_diff", "contract_check", "<=", 2),
    ("whole corpus, 1 job, vs libcst parse", "check_all_1_job", "libcst_parse_all", "<=", 0.3),
    (
        "  (vs the parse loop alone)",
        "check_all_1_job",
        "libcst_parse_all_loop",
        "<=",
        0.3,
    ),
    (
        "Fixit with one trivial rule vs whole corpus, 1 job",
        "fixit_trivial_all",
        "check_all_1_job",
        ">=",
        25,
    ),
    (
        "MLflow files, 1 job, vs their libcst parse",
        "check_mlflow_1_job",
        "libcst_parse_mlflow",
        "<=",
        1.5,
    ),
    (
        "  (vs the parse loop alone)",
        "check_mlflow_1_job",
        "libcst_parse_mlflow_loop",
        "<=",
        1.5,
    ),
    ("warm run vs cold run", "check_all_warm", "check_all_cold", "<=", 0.1),
    ("whole corpus: 1 job vs all cores", "check_all_1_job", "check_all_jobs", ">=", 1.6),
    ("MLflow files: 1 job vs all cores", "check_mlflow_1_job", "check_mlflow_jobs", ">=", 1.6),
    (
        "200 generated models: 1 job vs all cores",
        "check_independent_1_job",
        "check_independent_jobs",
        ">=",
        1.6,
    ),
    (
        "start-up vs python -c 'import libcst'",
        "startup_check_small_file",
        "startup_import_libcst",
        "<=",
        1.5,
    ),
)
SERVER_TARGETS = (
    ("server diagnostics p95 (ms)", "diagnostics_p95_ms", "<=", 150),
    ("server hover p95 (ms)", "hover_p95_ms", "<=", 50),
)


def targets(figures: dict[str, float], server: dict[str, Any] | None) -> list[dict[str, Any]]:
    found = []
    for what, figure, reference, compare, limit in TARGETS:
        if figure not in figures or reference not in figures:
            continue
        ratio = figures[figure] / figures[reference]
        met = ratio <= limit if compare == "<=" else ratio >= limit
        found.append({"what": what, "ratio": ratio, "target": f"{compare} {limit}", "met": met})
    for what, figure, compare, limit in SERVER_TARGETS if server else ():
        value = server[figure]
        found.append(
            {"what": what, "ratio": value, "target": f"{compare} {limit}", "met": value <= limit}
        )
    return found


def print_report(
    figures: dict[str, float], server: dict[str, Any] | None, found: list[dict]
) -> None:
    f = figures
    print("\nseconds, wall clock")
    rows = [
        (
            "1. whole corpus",
            "siglint check, 1 job",
            f["check_all_1_job"],
            "libcst parse",
            f["libcst_parse_all"],
        ),
        ("", "", None, "  its loop alone", f["libcst_parse_all_loop"]),
        (
            "",
            f"siglint check, {f['jobs']:.0f} jobs",
            f["check_all_jobs"],
            "stdlib ast parse",
            f["ast_parse_all"],
        ),
        ("", "siglint, no pre-filter", f["check_all_no_prefilter"], "", None),
    ]
    if "fixit_trivial_all" in f:
        rows.append(("", "", None, "Fixit, 1 trivial rule", f["fixit_trivial_all"]))
    rows += [
        (
            "2. MLflow files",
            "siglint check, 1 job",
            f["check_mlflow_1_job"],
            "libcst parse",
            f["libcst_parse_mlflow"],
        ),
        ("", "", None, "  its loop alone", f["libcst_parse_mlflow_loop"]),
        ("", f"siglint check, {f['jobs']:.0f} jobs", f["check_mlflow_jobs"], "", None),
        ("3. cache", "warm run", f["check_all_warm"], "cold run", f["check_all_cold"]),
        (
            "4. jobs",
            "whole corpus, 1 job",
            f["check_all_1_job"],
            f"{f['jobs']:.0f} jobs",
            f["check_all_jobs"],
        ),
        (
            "",
            "MLflow files, 1 job",
            f["check_mlflow_1_job"],
            f"{f['jobs']:.0f} jobs",
            f["check_mlflow_jobs"],
        ),
        (
            "",
            "200 generated models, 1 job",
            f["check_independent_1_job"],
            f"{f['jobs']:.0f} jobs",
            f["check_independent_jobs"],
        ),
        (
            "5. start-up",
            "check one small file",
            f["startup_check_small_file"],
            "import libcst",
            f["startup_import_libcst"],
        ),
        ("", "the same, cached", f["startup_check_small_file_cached"], "", None),
        (
            "6. siglint diff",
            "1,000 files, diff --base HEAD",
            f["contract_diff"],
            "check, no cache",
            f["contract_check"],
        ),
    ]
    for section, left, value, right, reference in rows:
        shown = "" if value is None else f"{value:8.3f}"
        other = "" if reference is None else f"{reference:8.3f}"
        print(f"{section:17}{left:26}{shown:>9}   {right:22}{other:>9}")
    same = "identical" if f["same_findings"] else "DIFFERENT"
    print(f"{'':17}findings of every run above: {same}")
    if server is None:
        print("7. language server: server not available")
    else:
        print(
            f"7. language server ({server['service_lines']} lines, {server['service_targets']} targets, "
            f"debounce off): diagnostics after didChange p50 {server['diagnostics_p50_ms']:.0f} ms, "
            f"p95 {server['diagnostics_p95_ms']:.0f} ms; hover p50 {server['hover_p50_ms']:.1f} ms, "
            f"p95 {server['hover_p95_ms']:.1f} ms; memory (server and worker) {server['memory_one_file_mb']:.0f} MB with "
            f"1 file, {server['memory_200_files_mb']:.0f} MB with {server['files_opened']} files"
        )
    print("\ntargets")
    for item in found:
        verdict = "met" if item["met"] else "NOT MET"
        print(f"  {item['what']:52} {item['ratio']:8.3f}  (target {item['target']})  {verdict}")


# ---------------------------------------------------------------------- helpers
def _compile_bytecode() -> None:
    """Compile siglint's modules, as installing it does (libcst and Fixit, installed with pip,
    come compiled). An editable install under ``PYTHONDONTWRITEBYTECODE`` never writes them, and
    every command would compile a hundred modules from source, which is no part of siglint's
    cost; ``__pycache__`` is git-ignored."""
    for package in ("siglint", "lsp_server"):
        compileall.compile_dir(REPOSITORY / package, quiet=1)


def machine() -> dict[str, Any]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            model,
        )
    return {
        "cpu": model,
        "cores": _cores(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "siglint": metadata.version("siglint"),
        "libcst": metadata.version("libcst"),
        "date": time.strftime("%Y-%m-%d"),
    }


def _machine_line(m: dict[str, Any]) -> str:
    return (
        f"{m['cpu']}, {m['cores']} cores, {m['system']}, Python {m['python']}, "
        f"siglint {m['siglint']}, libcst {m['libcst']}"
    )


def _corpus_line(c: dict[str, Any]) -> str:
    return (
        f"corpus: {', '.join(c['packages'])}: {c['files']} files, {c['lines']:,} lines; "
        f"{c['mlflow_files']} files ({c['mlflow_lines']:,} lines) mention MLflow"
    )


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _lines(files: list[Path]) -> int:
    return sum(path.read_bytes().count(b"\n") for path in files)


def _timed(command: list[str], **options: Any) -> float:
    options.setdefault("stdout", subprocess.DEVNULL)
    started = time.perf_counter()
    subprocess.run(command, check=True, **options)
    return time.perf_counter() - started


def _python(script: Path, *arguments: Any) -> tuple[float, float]:
    """A timing script's whole run (interpreter, imports, reading) and the time it reports."""
    command = [sys.executable, str(script), *map(str, arguments)]
    started = time.perf_counter()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - started, float(output.split()[0])


def _percentile(values: list[float], percent: int) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(math.ceil(percent / 100 * len(ordered)) - 1, 0)]


if __name__ == "__main__":
    main()

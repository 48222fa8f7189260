"""siglint's speed, measured against its references in one run: ``python benchmarks/run.py``.

Run it with the interpreter siglint is installed in (the repository's virtual environment). The
first run downloads the pandas 3.1.1 and mlflow-skinny 3.17.2 wheels with pip and unpacks them
whole as the corpus (``benchmarks/corpus.py``), and with ``--fixit`` installs Fixit in a virtual
environment of its own, all under ``benchmarks/.cache/`` (git-ignored); later runs reuse them. It
prints each figure beside its reference and the target for their ratio, and writes everything to
``benchmarks/results.json``.

Every figure is a whole command: ``python -m siglint check ...`` (start-up, reading, reporting),
``ruff check --select F ...``, and for the parse references a script that imports its parser,
reads the files and parses them (its own timing of the parse alone is kept too). Times are
wall-clock seconds; on a shared machine compare the ratios, which come from one run, and mind the
load average printed with them.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import platform
import resource
import shutil
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
from memory import PeakMemory

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent
FIXIT = "fixit==2.2.1"
SMALL_MODEL = REPOSITORY / "examples" / "sentiment_model.py"
SECTIONS = ("scope", "dense", "independent", "startup", "contract", "server")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each command N times, keep the fastest"
    )
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"which figures to measure, comma-separated (default: {','.join(SECTIONS)})",
    )
    parser.add_argument("--fixit", action="store_true", help="Fixit too (installs it)")
    options = parser.parse_args()
    sections = [s for s in options.sections.split(",") if s]
    _compile_bytecode()
    bench = Bench(options.cache.resolve(), options.repeat)
    results: dict[str, Any] = {"machine": machine(), "corpus": bench.describe()}
    print(_machine_line(results["machine"]))
    print(_corpus_line(results["corpus"]))
    figures: dict[str, float] = {"jobs": bench.cores}
    for section in ("scope", "dense", "independent", "startup", "contract"):
        if section in sections:
            figures.update(getattr(bench, section)())
    if options.fixit:
        figures.update(bench.fixit())
    results["figures"] = figures
    results["server"] = bench.language_server() if "server" in sections else None
    results["targets"] = targets(figures, results["server"])
    results["load_average"] = os.getloadavg()
    print_report(figures, results["server"], results["targets"])
    print(f"load average at the end: {' '.join(f'{v:.2f}' for v in results['load_average'])}")
    options.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {options.output}")


class Bench:
    def __init__(self, cache: Path, repeat: int) -> None:
        self.cache = cache
        self.repeat = repeat
        self.cores = _cores()
        self.corpus = corpus.build(cache)
        self.pandas = corpus.pandas_files(self.corpus)
        self.fifth = corpus.every_fifth(self.corpus)
        self.scratch = Path(tempfile.mkdtemp(prefix="siglint-bench-"))
        self.peaks: dict[str, int] = {}
        self.cpu: dict[str, float] = {}  # seconds of CPU of the fastest run, children included
        self.models = self.corpus / "models"  # beside the wheels, a project of its own
        shutil.rmtree(self.models, ignore_errors=True)
        self.models.mkdir()
        for index in range(5):
            (self.models / f"model_{index}.py").write_text(models.small(index), encoding="utf-8")

    def describe(self) -> dict[str, Any]:
        return {
            "packages": list(corpus.REQUIREMENTS),
            "pandas_files": len(self.pandas),
            "pandas_lines": _lines(self.pandas),
            "fifth_files": len(self.fifth),
            "fifth_lines": _lines(self.fifth),
            "fifth_mlflow_files": sum(b"mlflow" in f.read_bytes() for f in self.fifth),
        }

    # ------------------------------------------------------------------ 1. scope
    def scope(self) -> dict[str, float]:
        """The whole pandas wheel and five model files beside it, against Ruff's pyflakes rules."""
        print("\nmeasuring the pandas wheel and 5 model files ...", flush=True)
        paths = [self.corpus / corpus.folder_of(corpus.PANDAS), self.models]
        ruff = [shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))]
        command = [*ruff, "check", "--select", "F", "--no-cache", "--exit-zero", "--quiet"]
        command += map(str, paths)
        ruff_runs: list[float] = []
        schema_runs: list[float] = []  # ``siglint schema`` screens the files as ``check`` does
        schema = [sys.executable, "-m", "siglint", "schema", *map(str, paths)]

        def beside() -> None:
            ruff_runs.append(_timed(command, cwd=self.corpus))
            schema_runs.append(_timed(schema, cwd=self.corpus))

        [siglint] = self._in_turn(("pandas", paths, ("--no-cache",)), beside=beside)
        f = {
            "check_pandas_models": siglint,
            "ruff_pandas_models": min(ruff_runs),
            "schema_pandas_models": min(schema_runs),
        }
        findings = self._findings("pandas")
        found = {item["filename"] for item in findings}
        f["findings_pandas_models"] = len(findings)
        f["findings_only_in_models"] = float(all(n.startswith("models/") for n in found))
        return f

    # ------------------------------------------------------------------ 2. MLflow-dense code
    def dense(self) -> dict[str, float]:
        """Every fifth file of both wheels: cold, warm, one job, and the peak memory."""
        print("\nmeasuring every fifth file of pandas and mlflow-skinny ...", flush=True)
        listing = self._listing("fifth", self.fifth)
        f: dict[str, float] = {}
        parses: list[tuple[float, float]] = []  # the reference: the whole run, its parsing
        # Each cold run from an empty cache, each warm run with what it left.
        f["check_fifth_cold"], f["check_fifth_warm"] = self._in_turn(
            ("cold", self.fifth, ()),
            ("warm", self.fifth, ()),
            cache=self.scratch / "cache",
            beside=lambda: parses.append(
                _python(HERE / "parse_all.py", listing, "--processes", "2")
            ),
        )
        f["libcst_parse_fifth_2"], f["libcst_parse_fifth_2_loop"] = min(parses)
        f["memory_fifth_cold_mb"] = self.peaks["cold"] / 2**20
        f["cpu_fifth_cold"] = self.cpu["cold"]
        f["check_fifth_1_job"], f["check_fifth_jobs"] = self._in_turn(
            ("fifth-1", self.fifth, ("--no-cache", "--jobs", "1")),
            ("fifth-n", self.fifth, ("--no-cache",)),
        )
        f["same_findings"] = float(
            self._findings("cold")
            == self._findings("warm")
            == self._findings("fifth-1")
            == self._findings("fifth-n")
        )
        return f

    # ------------------------------------------------------------------ 3. independent files
    def independent(self) -> dict[str, float]:
        """200 generated model modules that share no imports: what a second job is worth."""
        print("\nmeasuring 200 independent model files ...", flush=True)
        folder = self.scratch / "independent"
        folder.mkdir()
        for index in range(200):
            (folder / f"model_{index:03}.py").write_text(models.small(index))
        one, jobs = self._in_turn(
            ("independent-1", [folder], ("--no-cache", "--jobs", "1")),
            ("independent-n", [folder], ("--no-cache",)),
        )
        return {"check_independent_1_job": one, "check_independent_jobs": jobs}

    # ------------------------------------------------------------------ 4. start-up
    def startup(self) -> dict[str, float]:
        print("\nmeasuring start-up ...", flush=True)
        f = {}
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

    def _in_turn(
        self,
        *commands: tuple[str, list[Path], tuple[str, ...]],
        cache: Path | None = None,
        beside: Callable[[], object] | None = None,
    ) -> list[float]:
        """The fastest run of each of ``commands`` (label, paths, flags), run in turn ``repeat``
        times: figures that are compared meet the same drift of the machine's speed, and
        (every other turn in the opposite order) the same place in it. With a ``cache``, each
        turn starts from an empty one, and keeps the order (the later commands use what the
        earlier ones left). ``beside``, the reference they are compared with (which keeps its
        own runs), runs in each turn too: before the commands, and after them every other
        turn."""
        runs: dict[str, list[tuple[float, int, float]]] = {label: [] for label, _, _ in commands}
        for turn in range(self.repeat):
            if cache is not None:
                shutil.rmtree(cache, ignore_errors=True)
            in_order = cache is not None or turn % 2 == 0
            if beside is not None and turn % 2 == 0:
                beside()
            for label, paths, flags in commands if in_order else reversed(commands):
                runs[label].append(self._once(label, paths, *flags, cache=cache))
            if beside is not None and turn % 2 == 1:
                beside()
        return [self._fastest(label, runs[label]) for label, _, _ in commands]

    def _fastest(self, label: str, runs: list[tuple[float, int, float]]) -> float:
        """The seconds of the fastest of ``runs``; its peak memory and CPU time (siglint and its
        children) go in ``peaks`` and ``cpu``."""
        seconds, self.peaks[label], self.cpu[label] = min(runs)
        return seconds

    def _once(
        self, label: str, paths: list[Path], *flags: str, cache: Path | None = None
    ) -> tuple[float, int, float]:
        """One ``siglint check`` of ``paths``, its findings written for ``_findings(label)``."""
        output = self.scratch / f"{label}.json"
        command = [
            sys.executable,
            "-m",
            "siglint",
            "check",
            *(os.path.relpath(path, self.corpus) for path in paths),
            *flags,
            "--output-format",
            "json",
            "--output-file",
            str(output),
            "--exit-zero",
        ]
        environment = {**os.environ, "SIGLINT_CACHE_DIR": str(cache or self.scratch / "unused")}
        return _timed_with_peak(command, env=environment, cwd=self.corpus)

    def _findings(self, label: str) -> list:
        return json.loads((self.scratch / f"{label}.json").read_text(encoding="utf-8"))

    def _listing(self, label: str, files: list[Path]) -> Path:
        listing = self.scratch / f"{label}.txt"
        listing.write_text("".join(f"{path}\n" for path in files), encoding="utf-8")
        return listing

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
        listing = self._listing("fifth", self.fifth)
        command = [str(python), str(HERE / "fixit_trivial.py"), str(listing)]
        started = time.perf_counter()
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        elapsed = time.perf_counter() - started
        seconds, calls, errors = output.split()
        if int(calls) == 0 or int(errors):
            raise SystemExit(f"Fixit did not run its rule: {calls} calls seen, {errors} errors")
        return {"fixit_trivial_fifth": elapsed, "fixit_trivial_fifth_loop": float(seconds)}

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
    (
        "pandas wheel + 5 models vs ruff --select F",
        "check_pandas_models",
        "ruff_pandas_models",
        "<=",
        2.0,
    ),
    (
        "every 5th file, cold, vs 2-process libcst parse",
        "check_fifth_cold",
        "libcst_parse_fifth_2",
        "<=",
        0.3,
    ),
    ("every 5th file: warm run vs cold run", "check_fifth_warm", "check_fifth_cold", "<=", 0.1),
    ("every 5th file: 1 job vs all cores", "check_fifth_1_job", "check_fifth_jobs", ">=", 1.0),
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
# (what, figure, how it compares, limit)
ABSOLUTE_TARGETS = (
    ("pandas wheel + 5 models: findings only in the models", "findings_only_in_models", ">=", 1),
    ("every 5th file, cold: peak memory (MB)", "memory_fifth_cold_mb", "<=", 500),
)
SERVER_TARGETS = (
    ("server diagnostics p95 (ms)", "diagnostics_p95_ms", "<=", 150),
    ("server hover p95 (ms)", "hover_p95_ms", "<=", 50),
)


def targets(figures: dict[str, float], server: dict[str, Any] | None) -> list[dict[str, Any]]:
    found = []
    for what, figure, reference, compare, limit in TARGETS:
        if figure in figures and reference in figures:
            ratio = figures[figure] / figures[reference]
            found.append(_verdict(what, ratio, compare, limit))
    for what, figure, compare, limit in ABSOLUTE_TARGETS:
        if figure in figures:
            found.append(_verdict(what, figures[figure], compare, limit))
    for what, figure, compare, limit in SERVER_TARGETS if server else ():
        found.append(_verdict(what, server[figure], compare, limit))
    return found


def _verdict(what: str, value: float, compare: str, limit: float) -> dict[str, Any]:
    met = value <= limit if compare == "<=" else value >= limit
    return {"what": what, "ratio": value, "target": f"{compare} {limit}", "met": met}


def print_report(
    figures: dict[str, float], server: dict[str, Any] | None, found: list[dict]
) -> None:
    f = figures
    jobs = f"{f['jobs']:.0f} jobs"
    rows = [
        (
            "1. pandas wheel",
            "siglint check",
            "check_pandas_models",
            "ruff --select F",
            "ruff_pandas_models",
        ),
        ("  + 5 models", "findings", "findings_pandas_models", "", ""),
        ("", "siglint schema", "schema_pandas_models", "", ""),
        (
            "2. every 5th",
            f"siglint, cold, {jobs}",
            "check_fifth_cold",
            "libcst parse, 2 proc.",
            "libcst_parse_fifth_2",
        ),
        ("", "", "", "  its parsing alone", "libcst_parse_fifth_2_loop"),
        ("", "warm run", "check_fifth_warm", "cold run", "check_fifth_cold"),
        ("", "1 job", "check_fifth_1_job", jobs, "check_fifth_jobs"),
        ("", "peak memory (MB), cold", "memory_fifth_cold_mb", "", ""),
        ("", "CPU seconds, cold", "cpu_fifth_cold", "", ""),
        ("3. 200 models", "1 job", "check_independent_1_job", jobs, "check_independent_jobs"),
        (
            "4. start-up",
            "check one small file",
            "startup_check_small_file",
            "import libcst",
            "startup_import_libcst",
        ),
        ("", "the same, cached", "startup_check_small_file_cached", "", ""),
        (
            "5. siglint diff",
            "1,000 files, --base HEAD",
            "contract_diff",
            "check, no cache",
            "contract_check",
        ),
        ("6. Fixit", "", "", "1 trivial rule, 5th", "fixit_trivial_fifth"),
    ]
    print("\nseconds, wall clock")
    for section, left, figure, right, reference in rows:
        if figure not in f and reference not in f:
            continue
        shown = f"{f[figure]:8.3f}" if figure in f else ""
        other = f"{f[reference]:8.3f}" if reference in f else ""
        print(f"{section:17}{left:26}{shown:>9}   {right:22}{other:>9}")
    if "cpu_fifth_cold" in f and "libcst_parse_fifth_2" in f:
        spread = f["cpu_fifth_cold"] / f["jobs"] / f["libcst_parse_fifth_2"]
        cores = f"{f['jobs']:.0f} cores"
        print(
            f"{'':17}cold, its CPU over {cores} vs the parse: {spread:.3f} (no split does better)"
        )
    if "same_findings" in f:
        same = "identical" if f["same_findings"] else "DIFFERENT"
        print(f"{'':17}findings of the every-5th runs: {same}")
    if server is not None:
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
        f"corpus: {', '.join(c['packages'])}; the pandas wheel: {c['pandas_files']} files, "
        f"{c['pandas_lines']:,} lines; every 5th file: {c['fifth_files']} files, "
        f"{c['fifth_lines']:,} lines, {c['fifth_mlflow_files']} of them mentioning MLflow"
    )


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _lines(files: list[Path]) -> int:
    return sum(path.read_bytes().count(b"\n") for path in files)


def _timed_with_peak(command: list[str], **options: Any) -> tuple[float, int, float]:
    """The seconds ``command`` took, the peak resident memory of it and its children, and the
    seconds of CPU they used (user and system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, **options)
    sampler = PeakMemory(process.pid)
    if process.wait():
        raise subprocess.CalledProcessError(process.returncode, command)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, sampler.stop(), cpu


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

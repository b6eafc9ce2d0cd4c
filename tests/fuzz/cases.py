"""Bad inputs of every family, and one runner that feeds each to the CLI in-process and judges it.

A case is a command line plus the files it needs. The runner writes the files into a fresh folder,
runs ``workreport.cli.main`` with stdout and stderr captured, and returns an outcome: ``ok`` (exit 0
and any output loads again), ``refused`` (exit 2 with one line ``workreport: error: …`` and nothing
written) or ``BAD: …`` (a traceback, another exit status, a message on several lines, a file left
behind or an output the app cannot load). Used by ``test_fuzz.py`` (fixed seed, small budget) and
``scripts/fuzz.sh`` (random seed, more cases, a table of outcomes).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workreport.core.errors import ReportError
from workreport.core.jsonformat import load_report
from workreport.core.textfile import MAX_BYTES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
JSON_TEST_SUITE = ROOT.parent / "shared" / "jsontestsuite" / "test_parsing"
ZHENGZHOU_TEXT = CORPUS / "zhengzhou-hitech-2022.txt"
ZHENGZHOU_JSON = ROOT / "resources" / "reports" / "zhengzhou-hitech-2022.json"


@dataclass
class Case:
    family: str
    argv: list[str]  # {dir} stands for the case's folder
    files: dict[str, bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None  # FIFOs, links, sparse files
    output: str = ""  # the file the command writes when it succeeds


def _commands(name: str) -> list[list[str]]:
    suffix = Path(name).suffix
    if suffix == ".txt":
        return [["import", f"{{dir}}/{name}", "-o", "{dir}/out.json"]]
    return [["sections", f"{{dir}}/{name}"], ["export", f"{{dir}}/{name}", "-o", "{dir}/out.csv"]]


def _file_cases(family: str, name: str, data: bytes) -> Iterator[Case]:
    for argv in _commands(name):
        output = argv[-1].replace("{dir}/", "") if "-o" in argv else ""
        yield Case(family, argv, {name: data}, output=output)


def json_test_suite(rng: random.Random, count: int) -> Iterator[Case]:
    files = sorted(JSON_TEST_SUITE.glob("[ni]_*.json"))
    for path in rng.sample(files, min(count, len(files))):
        yield from _file_cases("json test suite", "case.json", path.read_bytes())


_ODD_VALUES: list[object] = [
    None, True, -1, 0, 10**400, "9" * 5000, 1e308, -1e308, "", "\ud800", "\ue000", [], {}, "五",
    "2023-13-45", "2023-02-29", 1948, 2101, 2.5, "x" * 1000, [[[]]], {"a": 1},
]  # fmt: skip


def _mutate_document(rng: random.Random, document: object) -> None:
    """Set one value somewhere in the document to an odd one (or drop or add a key)."""
    node = document
    while True:
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if rng.random() < 0.35 or not isinstance(node[key], dict | list) or not node[key]:
                action = rng.random()
                if action < 0.1:
                    del node[key]
                elif action < 0.15:
                    node["extra"] = 1
                else:
                    node[key] = rng.choice(_ODD_VALUES)
                return
            node = node[key]
        elif isinstance(node, list) and node:
            index = rng.randrange(len(node))
            if rng.random() < 0.3 or not isinstance(node[index], dict | list):
                node[index] = rng.choice(_ODD_VALUES) if rng.random() < 0.7 else node[index]
                if rng.random() < 0.3:
                    node.clear()
                return
            node = node[index]
        else:
            return


def schema_mutations(rng: random.Random, count: int) -> Iterator[Case]:
    original = json.loads(ZHENGZHOU_JSON.read_text("utf-8"))
    for _ in range(count):
        document = json.loads(json.dumps(original))
        for _ in range(rng.randint(1, 3)):
            _mutate_document(rng, document)
        text = json.dumps(document, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.15:  # a duplicate key
            text = text.replace('"version": 2', '"version": 999, "version": 2', 1)
        data = text.encode("utf-8", "surrogatepass")
        yield from _file_cases("schema mutation", "report.json", data)


def encodings(rng: random.Random, count: int) -> Iterator[Case]:
    text = ZHENGZHOU_TEXT.read_text("utf-8")
    for _ in range(count):
        encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                               "gb18030", "gbk", "big5", "latin-1", "shift_jis"])  # fmt: skip
        data = text.encode(encoding, "replace")
        if rng.random() < 0.5:
            data = data[: rng.randrange(1, len(data))]
        if rng.random() < 0.2:
            data = b"\xef\xbb\xbf" * rng.randint(2, 3) + data
        yield from _file_cases(f"encoding {encoding}", "text.txt", data)


def binary(rng: random.Random, count: int) -> Iterator[Case]:
    for _ in range(count):
        data = rng.randbytes(rng.randint(1, 5000))
        name = rng.choice(["b.txt", "b.json"])
        yield from _file_cases("binary", name, data)


def byte_mutations(rng: random.Random, count: int) -> Iterator[Case]:
    sources = [("t.txt", ZHENGZHOU_TEXT.read_bytes()), ("r.json", ZHENGZHOU_JSON.read_bytes())]
    for _ in range(count):
        name, data = rng.choice(sources)
        if rng.random() < 0.5:  # at the level of characters: still UTF-8, still text
            text = data.decode("utf-8")
            for _ in range(rng.randint(1, 10)):
                at = rng.randrange(len(text))
                if rng.random() < 0.5:
                    text = text[:at] + text[at + rng.randint(1, 200) :]
                else:
                    text = text[:at] + text[at : at + rng.randint(1, 300)] * 2 + text[at:]
            yield from _file_cases("byte mutation (characters)", name, text.encode("utf-8"))
            continue
        mutable = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            at = rng.randrange(len(mutable))
            match rng.randrange(4):
                case 0:
                    mutable[at] = rng.randrange(256)
                case 1:
                    del mutable[at : at + rng.randint(1, 50)]
                case 2:
                    mutable[at:at] = rng.randbytes(rng.randint(1, 8))
                case _:
                    mutable[at:at] = mutable[at : at + rng.randint(1, 400)] * rng.randint(2, 4)
        yield from _file_cases("byte mutation", name, bytes(mutable))


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        with (folder / name).open("wb") as handle:
            handle.truncate(size)

    return make


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "fifo.txt")


def _links(folder: Path) -> None:
    (folder / "loop.json").symlink_to(folder / "loop2.json")
    (folder / "loop2.json").symlink_to(folder / "loop.json")
    (folder / "random.txt").symlink_to("/dev/urandom")
    (folder / "sub").mkdir()


def paths_and_sizes(rng: random.Random, count: int) -> Iterator[Case]:
    del rng, count  # every case, always
    long = "名" * 90
    text = ZHENGZHOU_TEXT.read_bytes()
    yield Case("size", ["import", "{dir}/huge.txt", "-o", "{dir}/o.json"],
               setup=_sparse("huge.txt", MAX_BYTES + 1))  # fmt: skip
    yield Case("size", ["sections", "{dir}/empty.json"], {"empty.json": b""})
    yield Case("path", ["import", "{dir}/fifo.txt", "-o", "{dir}/o.json"], setup=_fifo)
    yield Case("path", ["sections", "{dir}/fifo.txt"], setup=_fifo)
    yield Case("path", ["keywords", "{dir}/fifo.txt", "新"], setup=_fifo)
    for argv in (
        ["sections", "{dir}/loop.json"],
        ["sections", "{dir}/random.txt"],
        ["import", "{dir}/random.txt", "-o", "{dir}/o.json"],
        ["sections", "/dev/zero"],
        ["sections", "{dir}/sub"],
        ["export", "-o", "{dir}/sub"],
        ["export", "-o", "{dir}/missing/x.csv"],
        ["export", "-o", "/proc/x.csv"],
        ["export", "-o", "/sys/x.csv"],
        ["export", "-o", f"{{dir}}/{long}.csv"],
        ["export", "-o", ""],
        ["export", "--format", "xlsx", "-o", "{dir}/missing/x.xlsx"],
        ["import", "{dir}/t.txt", "-o", ""],
        ["import", "{dir}/t.txt", "-o", "{dir}/sub"],
        ["import", "{dir}/t.txt", "-o", "{dir}/missing/o.json"],
        ["import", "", "-o", "{dir}/o.json"],
        ["sections", ""],
        ["keywords", "/no/such/file", "新"],
        ["keywords", "{dir}/missing.json"],
        ["sections", "{dir}/a\nb.json"],
    ):
        yield Case("path", argv, {"t.txt": text}, setup=_links)


FAMILIES: dict[str, Callable[[random.Random, int], Iterator[Case]]] = {
    "json test suite": json_test_suite,
    "schema mutation": schema_mutations,
    "encoding": encodings,
    "binary": binary,
    "byte mutation": byte_mutations,
    "paths and sizes": paths_and_sizes,
}


def all_cases(seed: int, per_family: int) -> Iterator[Case]:
    rng = random.Random(seed)
    for family in FAMILIES.values():
        yield from family(rng, per_family)


def run_case(case: Case, folder: Path) -> str:
    """Run one case in ``folder`` (empty) and judge it: ``ok``, ``refused`` or ``BAD: …``."""
    from workreport.cli import main

    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    if case.setup is not None:
        case.setup(folder)
    before = {p.name for p in folder.iterdir()}
    argv = [part.replace("{dir}", str(folder)) for part in case.argv]
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = main(argv)
    except SystemExit as exit_:  # argparse usage errors
        status = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        return "BAD: traceback " + traceback.format_exc().strip().splitlines()[-1]
    message = stderr.getvalue()
    after = {p.name for p in folder.iterdir()}
    written = after - before
    if status == 0:
        output = case.output
        if output and output.endswith(".json") and output in written:
            try:
                load_report(folder / output)
            except ReportError as error:
                return f"BAD: wrote a report it cannot load ({error.message})"
        if written - {output}:
            return f"BAD: left {sorted(written - {output})}"
        return "ok"
    if status != 2:
        return f"BAD: exit {status}: {message.strip()[:200]}"
    if message.count("\n") != 1 or not message.startswith("workreport: error: "):
        return f"BAD: message not one line: {message[:200]!r}"
    if written:
        return f"BAD: refused but left {sorted(written)}"
    return "refused"

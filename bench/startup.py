"""Cold start to the first rendered frame: the kiosk against a bare Qt Quick window.

Each start is a fresh process (``python bench/startup.py --child KIND``), timed by
this parent process alone: from just before ``Popen`` to the moment the child's
line ``FIRST_FRAME`` arrives on its stdout pipe. The child connects the window's
``frameSwapped`` once, prints and flushes that line, and exits at once. The
children's own clocks are never used.

* kiosk: ``kiosk run content --size 1920x1080`` exactly as the console script
  runs it (``kiosk.cli.main``: argument parsing, display check, loading and
  validating the bundled exhibition, the real Main.qml), with
  ``kiosk.app.load_window`` wrapped only to hook the frame signal.
* bare: a Qt Quick ``Window`` holding one ``Rectangle`` and one ``Text``, loaded
  from a .qml file by a ``QQmlApplicationEngine``, resized to 1920x1080 and shown,
  as kiosk.app does; it imports only the PySide6 modules it needs.

The kiosk package is byte-compiled first, as an installation is (``pip install``
and ``make venv`` both write the ``.pyc`` files); otherwise a machine that sets
``PYTHONDONTWRITEBYTECODE`` would charge the kiosk for compiling its own source on
every start, which no installed kiosk does.

Both run with ``QT_QPA_PLATFORM=offscreen`` and the same Python, alternating
kiosk, bare, kiosk, bare... ``--runs`` times each after one untimed start of each
(so neither pays for a cold disk cache or stale ``.pyc`` files). The children
also print a line at each stage (Python and imports done, exhibition loaded, QML
loaded); the parent timestamps these lines as they arrive, to show where the time goes.

Last line: ``startup_ratio_vs_bare_qtquick: R``, the kiosk's median over the bare
window's median (target: at most 1.5).
"""

from __future__ import annotations

import argparse
import compileall
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the children import Qt themselves, when their clock is running
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.content import Exhibition, Report
    from kiosk.reload import LiveContent
    from kiosk.staff import StaffOptions
    from kiosk.view import IdleTimes

REPO = Path(__file__).resolve().parent.parent
SIZE = "1920x1080"
FIRST_FRAME = "FIRST_FRAME"
TIMEOUT_S = 30.0

BARE_QML = """\
import QtQuick

Window {
    color: "#14110f"
    Rectangle {
        anchors.fill: parent
        anchors.margins: 64
        color: "#221e1b"
        Text {
            anchors.centerIn: parent
            text: "Order No. 00447"
            color: "#f2ede6"
            font.pixelSize: 56
        }
    }
}
"""


# -- the children ----------------------------------------------------------------------------


def _mark(stage: str) -> None:
    print(stage, flush=True)


def _first_frame_then_exit(window: QQuickWindow) -> None:
    """Print FIRST_FRAME when ``window`` has swapped its first frame, then end the process."""
    from PySide6.QtCore import Qt

    def swapped() -> None:
        _mark(FIRST_FRAME)
        os._exit(0)

    window.frameSwapped.connect(swapped, Qt.ConnectionType.DirectConnection)


def child_kiosk(folder: str) -> int:
    import kiosk.app
    from kiosk.cli import main as kiosk_main

    load_exhibition, load_window = kiosk.app.load_exhibition, kiosk.app.load_window
    _mark("imported")

    def loaded(folder: Path) -> Report:
        report = load_exhibition(folder)
        _mark("content loaded")
        return report

    def hooked(
        engine: QQmlApplicationEngine,
        exhibition: Exhibition,
        lang: str | None,
        idle: IdleTimes | None = None,
        live: LiveContent | None = None,
        *,
        staff: StaffOptions | None = None,
    ) -> QQuickWindow | None:
        window = load_window(engine, exhibition, lang, idle, live, staff=staff)
        _mark("QML loaded")
        if window is not None:
            _first_frame_then_exit(window)
        return window

    kiosk.app.load_exhibition = loaded
    kiosk.app.load_window = hooked
    return kiosk_main(["run", folder, "--size", SIZE])


def child_bare(qml: str) -> int:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    _mark("imported")
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.load(QUrl.fromLocalFile(qml))
    roots = engine.rootObjects()
    _mark("QML loaded")
    if not roots or not isinstance(roots[0], QQuickWindow):
        return 1
    window = roots[0]
    window.resize(*map(int, SIZE.split("x")))
    _first_frame_then_exit(window)
    window.show()
    return int(app.exec())


# -- the parent ------------------------------------------------------------------------------


def start(kind: str, argument: str) -> dict[str, float]:
    """One fresh child: the arrival time of each line it printed, in ms after Popen."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, argument]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as errors:
        begin = time.perf_counter_ns()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=REPO)
        assert child.stdout is not None
        stages: dict[str, float] = {}
        buffer = b""
        deadline = time.monotonic() + TIMEOUT_S
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while FIRST_FRAME not in stages:
                if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                    break
                chunk = os.read(child.stdout.fileno(), 4096)
                arrived = (time.perf_counter_ns() - begin) / 1e6
                if not chunk:
                    break
                buffer += chunk
                *lines, buffer = buffer.split(b"\n")
                for line in lines:
                    stages.setdefault(line.decode().strip(), arrived)
        if FIRST_FRAME not in stages:
            child.kill()
        child.wait(timeout=TIMEOUT_S)
        child.stdout.close()
        if FIRST_FRAME not in stages:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"startup: the {kind} child showed no frame:\n{tail}")
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each")
    parser.add_argument("--folder", default=str(REPO / "content"), help="the exhibition")
    parser.add_argument("--child", choices=("kiosk", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("argument", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "kiosk":
        sys.exit(child_kiosk(args.argument))
    if args.child == "bare":
        sys.exit(child_bare(args.argument))

    from kioskbench import summary

    compileall.compile_dir(REPO / "kiosk", quiet=1)

    with tempfile.TemporaryDirectory() as tmp:
        bare_qml = Path(tmp) / "Bare.qml"
        bare_qml.write_text(BARE_QML, encoding="utf-8")
        arguments = {"kiosk": args.folder, "bare": str(bare_qml)}
        runs: dict[str, list[dict[str, float]]] = {"kiosk": [], "bare": []}
        for run in range(args.runs + 1):
            for kind in ("kiosk", "bare"):
                stages = start(kind, arguments[kind])
                if run > 0:
                    runs[kind].append(stages)
    print(
        f"method: fresh process per start, {args.runs} each alternating kiosk/bare after one "
        f"untimed start of each; parent clock from before Popen to the child's {FIRST_FRAME} "
        f"line (first frameSwapped); offscreen, {SIZE}, {sys.executable}"
    )
    medians = {}
    for kind in ("kiosk", "bare"):
        print(f"{kind}:")
        for stage in runs[kind][0]:
            values = [stages[stage] for stages in runs[kind]]
            print(f"  {stage:>15}: {summary(values)}")
        medians[kind] = statistics.median(stages[FIRST_FRAME] for stages in runs[kind])
    print(f"kiosk first frame median {medians['kiosk']:.0f} ms, bare {medians['bare']:.0f} ms")
    print(f"startup_ratio_vs_bare_qtquick: {medians['kiosk'] / medians['bare']:.2f}")


if __name__ == "__main__":
    main()

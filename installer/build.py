"""Build Thi đua for distribution: `uv run python installer/build.py [--no-installer] [--check]`.

1. compiles the translations (lrelease of resources/i18n/*.ts, from resources/i18n/update.py);
2. makes installer/build/thidua.ico from resources/icons/app.svg (Qt draws it; no Pillow);
3. runs PyInstaller on installer/thidua.spec (one-folder build in dist/thidua/);
4. on Windows, runs the Inno Setup compiler (ISCC.exe) on installer/thidua.iss when found;
5. prints the folder size; with --check also runs the frozen `--self-test` and measures the start
   time to the first painted window (on the demo data, headless).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
WORK = INSTALLER / "build"
DIST = INSTALLER / "dist"
BUNDLE = DIST / "thidua"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SIZE_TARGET_MB = 110 if sys.platform == "win32" else 150  # README performance table
START_TARGET_S = 0.5


def compile_translations() -> list[Path]:
    """Compile every resources/i18n/*.ts into its .qm (lrelease only: the .ts stay as they are)."""
    print("== Dịch giao diện (lrelease)", flush=True)
    sys.path.insert(0, str(ROOT / "resources" / "i18n"))
    try:
        import update  # resources/i18n/update.py
    finally:
        sys.path.pop(0)
    return [update.lrelease(ts) for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts"))]


def make_icon(svg: Path, out: Path) -> Path:
    """Write a Windows .ico with PNG images of every usual size, drawn by Qt from the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Không đọc được biểu tượng {svg}")
    images: list[bytes] = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; str works
        buffer.close()
        images.append(bytes(data.data()))
    del app
    # ICONDIR, then one ICONDIRENTRY per image (0 means 256), then the PNG data.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(ICON_SIZES, images, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + entries + blobs)
    return out


def run_pyinstaller() -> None:
    """The one-folder build into dist/thidua."""
    print("== PyInstaller (một thư mục)", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(INSTALLER / "thidua.spec"),
        ],
        cwd=ROOT,
        check=True,
    )


def find_iscc() -> Path | None:
    """ISCC.exe of Inno Setup 6, on PATH or in its usual folders."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    local = os.environ.get("LOCALAPPDATA")
    if local and (Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe").exists():
        return Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe"
    return None


def run_inno_setup(version: str) -> None:
    """Compile the installer (Windows only); say so when Inno Setup is missing."""
    iscc = find_iscc()
    if iscc is None:
        print("!! Không tìm thấy ISCC.exe (Inno Setup 6): bỏ qua bước tạo bộ cài đặt.")
        return
    print(f"== Inno Setup: {iscc}", flush=True)
    subprocess.run(
        [str(iscc), f"/DAppVersion={version}", str(INSTALLER / "thidua.iss")], cwd=ROOT, check=True
    )


def folder_size(folder: Path) -> int:
    """Total bytes of the files under `folder`."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def largest(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest files of the bundle (to see what dominates its size)."""
    sizes = [
        (f.stat().st_size, str(f.relative_to(folder)))
        for f in folder.rglob("*")
        if f.is_file() and not f.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def executable(console: bool = False) -> Path:
    """The frozen program (on Windows, thidua-cli.exe is its console twin)."""
    if sys.platform == "win32":
        return BUNDLE / ("thidua-cli.exe" if console else "thidua.exe")
    return BUNDLE / "thidua"


def self_test() -> None:
    """Run the frozen `--self-test` headless; stop the build when it fails."""
    print("== Tự kiểm tra bản đóng gói", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as data:
        env["THIDUA_DATA_DIR"] = data
        result = subprocess.run(
            [str(executable(console=True)), "--self-test"], env=env, check=False
        )
    if result.returncode != 0:
        raise SystemExit(f"Tự kiểm tra thất bại (mã {result.returncode}).")


def start_time(runs: int = 5) -> tuple[float, float, float, float]:
    """Launch of the frozen program to the first painted table of the demo data (headless):
    (median to the first window, fastest to the first window, median of the whole process with
    its exit, median CPU time). The first window is stamped by the program itself
    (THIDUA_FIRST_PAINT_STAMP); on a loaded machine wall time grows with the load, CPU time stays."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THIDUA_EXIT_AFTER_FIRST_PAINT="1")
    with tempfile.TemporaryDirectory() as data:
        env["THIDUA_DATA_DIR"] = data
        stamp = Path(data) / "first-paint.txt"
        env["THIDUA_FIRST_PAINT_STAMP"] = str(stamp)
        # The first run creates the demo database; it is not timed.
        subprocess.run([str(executable()), "--demo"], env=env, check=True, timeout=600)
        first, whole, cpu = [], [], []
        for _ in range(runs):
            before = os.times()
            launched = time.time()
            t0 = time.perf_counter()
            subprocess.run([str(executable()), "--demo"], env=env, check=True, timeout=120)
            whole.append(time.perf_counter() - t0)
            first.append(float(stamp.read_text(encoding="ascii")) - launched)
            after = os.times()
            cpu.append(
                after.children_user
                + after.children_system
                - before.children_user
                - before.children_system
            )
    return statistics.median(first), min(first), statistics.median(whole), statistics.median(cpu)


def version() -> str:
    """The version in pyproject.toml."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def utf8_output() -> None:
    """Write UTF-8 to stdout and stderr whatever they are: on Windows a pipe or a file gets the
    ANSI code page, where the first Vietnamese line raised UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    """Build; return the exit code."""
    utf8_output()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-installer", action="store_true", help="không chạy Inno Setup")
    parser.add_argument(
        "--check", action="store_true", help="tự kiểm tra bản đóng gói và đo thời gian mở"
    )
    parser.add_argument("--skip-translations", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.skip_translations:
        compile_translations()
    print("== Biểu tượng", make_icon(ROOT / "resources/icons/app.svg", WORK / "thidua.ico"))
    run_pyinstaller()
    size = folder_size(BUNDLE)
    print(f"== Thư mục {BUNDLE}: {size / 1_000_000:.1f} MB (mục tiêu ≤ {SIZE_TARGET_MB} MB)")
    for nbytes, name in largest(BUNDLE):
        print(f"   {nbytes / 1_000_000:7.1f} MB  {name}")
    if args.check:
        self_test()
        median, fastest, whole, cpu = start_time()
        extra = f" CPU {cpu:.2f} s," if cpu > 0 else ""  # Windows does not count children
        if hasattr(os, "getloadavg"):
            extra += f" tải máy {os.getloadavg()[0]:.1f}"
        print(
            f"== Mở đến cửa sổ đầu tiên (trung vị 5 lần): {median:.2f} s, nhanh nhất"
            f" {fastest:.2f} s (mục tiêu ≤ {START_TARGET_S} s); cả tiến trình kể cả lúc thoát"
            f" {whole:.2f} s,{extra}"
        )
    if sys.platform == "win32" and not args.no_installer:
        run_inno_setup(version())
    return 0


if __name__ == "__main__":
    sys.exit(main())

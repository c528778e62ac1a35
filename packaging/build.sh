#!/usr/bin/env bash
# Build the Linux bundle of Review Desk (提案审查台) from a checkout:
#
#   packaging/build.sh             # fresh venv (build/venv) with the app and PyInstaller only
#   packaging/build.sh --no-venv   # use this Python as it is (the package installed in it)
#
# Writes dist/review-desk/ (the one-folder app: run dist/review-desk/review-desk) and
# dist/review-desk-VERSION-linux-x86_64.tar.gz; also dist/Review_Desk-VERSION-x86_64.AppImage
# when appimagetool is on PATH (Debian has no package for it: the tarball is the default).
# PYTHON=python3.11 picks the interpreter.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
START=$(date +%s)

if [[ "${1:-}" == "--no-venv" ]]; then
    PY=$PYTHON
    "$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q "pyinstaller>=6.10"
else
    "$PYTHON" -m venv --clear build/venv
    PY=build/venv/bin/python
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q . "pyinstaller>=6.10"
fi

# the translations and icons the bundle carries are built from their sources
"$PY" translations/build.py --release
"$PY" packaging/icons/make_icons.py --check

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/review_desk.spec

APP=dist/review-desk
VERSION=$("$PY" -c 'from importlib.metadata import version; print(version("review-desk"))')
ARCH=$(uname -m)

# desktop integration beside the executable: ./install.sh adds the menu entry and the
# .rdesk file association for the user who runs it
mkdir -p "$APP/share"
cp packaging/linux/review-desk.desktop packaging/linux/review-desk-mime.xml "$APP/share/"
cp packaging/linux/install.sh "$APP/install.sh"
chmod +x "$APP/install.sh"

"$APP/review-desk" --version  # the bundle starts at all

TARBALL="dist/review-desk-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$TARBALL" review-desk
echo "bundle: $APP ($(du -sh "$APP" | cut -f1)); tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1))"

if command -v appimagetool >/dev/null 2>&1; then
    APPDIR=build/AppDir
    rm -rf "$APPDIR" && mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/mime/packages"
    cp -a "$APP" "$APPDIR/usr/lib/review-desk"
    cp packaging/linux/review-desk.desktop "$APPDIR/review-desk.desktop"
    cp packaging/linux/review-desk-mime.xml "$APPDIR/usr/share/mime/packages/review-desk.xml"
    cp src/review_desk/resources/icons/review-desk-256.png "$APPDIR/review-desk.png"
    cat > "$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/review-desk/review-desk" "$@"
APPRUN
    chmod +x "$APPDIR/AppRun"
    ARCH=$ARCH appimagetool --no-appstream "$APPDIR" "dist/Review_Desk-$VERSION-$ARCH.AppImage"
    echo "AppImage: dist/Review_Desk-$VERSION-$ARCH.AppImage"
fi
echo "built in $(( $(date +%s) - START )) s"

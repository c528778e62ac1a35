#!/bin/sh
# Add Review Desk (提案审查台) to this user's application menu and make double-clicking a
# .rdesk session file open it. Run it from the unpacked folder:  ./install.sh
# Nothing outside your home folder changes; ./install.sh --remove takes it out again.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications
MIME=$DATA/mime
ICONS=$DATA/icons/hicolor
SIZES="16 24 32 48 64 128 256"
RES=$HERE/_internal/review_desk/resources/icons

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$MIME" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/review-desk.desktop" "$MIME/packages/review-desk.xml" \
          "$ICONS/scalable/apps/review-desk.svg" "$ICONS/scalable/mimetypes/application-x-review-desk-session.svg"
    for s in $SIZES; do rm -f "$ICONS/${s}x${s}/apps/review-desk.png"; done
    refresh
    echo "Review Desk removed from the menu (the folder $HERE is still there)."
    exit 0
fi

mkdir -p "$APPS" "$MIME/packages" "$ICONS/scalable/apps" "$ICONS/scalable/mimetypes"
# the menu entry, pointing at this folder's executable (quoted: the path may have spaces)
sed "s|^Exec=review-desk |Exec=\"$HERE/review-desk\" |" "$HERE/share/review-desk.desktop" \
    > "$APPS/review-desk.desktop"
cp "$HERE/share/review-desk-mime.xml" "$MIME/packages/review-desk.xml"
cp "$RES/review-desk.svg" "$ICONS/scalable/apps/review-desk.svg"
cp "$RES/review-desk.svg" "$ICONS/scalable/mimetypes/application-x-review-desk-session.svg"
for s in $SIZES; do
    mkdir -p "$ICONS/${s}x${s}/apps"
    cp "$RES/review-desk-$s.png" "$ICONS/${s}x${s}/apps/review-desk.png"
done
refresh
command -v xdg-mime >/dev/null 2>&1 \
    && xdg-mime default review-desk.desktop application/x-review-desk-session || true
echo "Review Desk (提案审查台) is in the application menu; .rdesk files open with it."

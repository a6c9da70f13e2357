#!/bin/sh
# Register the unpacked Bruinpapier with this user's desktop: menu entry, icon, and
# double-click on *.bruinpapier files. Run it from the unpacked folder; run again after moving it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$HOME/.local/bin"
ln -sf "$here/bruinpapier" "$HOME/.local/bin/bruinpapier"
sed "s|^Exec=bruinpapier|Exec=$here/bruinpapier|" "$here/share/applications/nl.bruinpapier.Bruinpapier.desktop" \
  > "$data/applications/nl.bruinpapier.Bruinpapier.desktop"
cp "$here/share/mime/packages/nl.bruinpapier.Bruinpapier.xml" "$data/mime/packages/"
cp "$here/share/metainfo/nl.bruinpapier.Bruinpapier.metainfo.xml" "$data/metainfo/"
for dir in "$here"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir/nl.bruinpapier.Bruinpapier.png" "$data/icons/hicolor/$size/apps/"
done
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Bruinpapier is in your applications menu; *.bruinpapier files open with it."

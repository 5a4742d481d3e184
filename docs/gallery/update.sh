#!/usr/bin/env bash
# Regenerates the screenshot gallery (docs/gallery) from the pictures the browser journeys took.
#
#   mvn -B verify -Dit.test=JourneysIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
#   docs/gallery/update.sh
#
# JourneysIT photographs every page of every journey in English and Spanish, at desktop width and
# at 375 px, into target/screenshots/journeys/<language>-<width>/. The gallery keeps two of the
# four sets (English desktop, Spanish phone) so the repository stays small; all four are in
# target/ after any test run.
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE=target/screenshots/journeys
GALLERY=docs/gallery
SETS=("en-desktop" "es-phone")

for set in "${SETS[@]}"; do
  if [ ! -d "$SOURCE/$set" ] || [ -z "$(ls "$SOURCE/$set"/*.jpg 2>/dev/null)" ]; then
    echo "No screenshots in $SOURCE/$set: run JourneysIT first (see the top of this script)." >&2
    exit 1
  fi
done

for set in "${SETS[@]}"; do
  rm -rf "${GALLERY:?}/$set"
  mkdir -p "$GALLERY/$set"
  cp "$SOURCE/$set"/*.jpg "$GALLERY/$set/"
done

{
  echo "# Screenshot gallery"
  echo
  echo "Every page of the browser journeys (JourneysIT), as Chromium rendered it in the last run of"
  echo "\`docs/gallery/update.sh\`. Each page also passed axe-core's WCAG 2.1 AA rules in that run."
  echo "Left: English at desktop width. Right: Spanish at 375 px."
  echo
  echo "| Page | English, desktop | Español, 375 px |"
  echo "|---|---|---|"
  for file in "$GALLERY/${SETS[0]}"/*.jpg; do
    name=$(basename "$file" .jpg)
    title=$(echo "${name#*-}" | tr '-' ' ')
    right="—"
    if [ -f "$GALLERY/${SETS[1]}/$name.jpg" ]; then
      right="<img src=\"${SETS[1]}/$name.jpg\" width=\"160\" alt=\"$title, Spanish, phone\">"
    fi
    echo "| $title | <img src=\"${SETS[0]}/$name.jpg\" width=\"320\" alt=\"$title, English, desktop\"> | $right |"
  done
} > "$GALLERY/README.md"

echo "Gallery written: $GALLERY/README.md ($(ls "$GALLERY/${SETS[0]}" | wc -l) pages, $(du -sh "$GALLERY" | cut -f1))"

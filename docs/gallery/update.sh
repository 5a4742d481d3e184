#!/usr/bin/env bash
# Regenerates the screenshot gallery (docs/gallery) from the pictures the browser tests took.
#
#   mvn -B verify -Dit.test='JourneysIT,MorePagesIT,RecoveryPagesIT,AccountConsoleIT,AdminPageIT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
#   docs/gallery/update.sh
#
# JourneysIT photographs every page of every journey in English and Spanish, at desktop width and
# at 375 px, into target/screenshots/journeys/<language>-<width>/; MorePagesIT and RecoveryPagesIT
# add the pages no journey passes through, in English at desktop width and Spanish at 375 px. The
# gallery keeps those two sets so the repository stays small. AccountConsoleIT photographs our pages
# in Keycloak's account console, each as <page>-en and <page>-es, into target/screenshots/account-console/;
# AdminPageIT photographs the administrators' page the same way into target/screenshots/admin-page/.
# A page missing in either language fails the script.
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE=target/screenshots/journeys
GALLERY=docs/gallery
SETS=("en-desktop" "es-phone")
CONSOLE_SOURCE=target/screenshots/account-console
ADMIN_SOURCE=target/screenshots/admin-page

for set in "${SETS[@]}"; do
  if [ ! -d "$SOURCE/$set" ] || [ -z "$(ls "$SOURCE/$set"/*.jpg 2>/dev/null)" ]; then
    echo "No screenshots in $SOURCE/$set: run JourneysIT first (see the top of this script)." >&2
    exit 1
  fi
done

missing=()
for file in "$SOURCE/${SETS[0]}"/*.jpg; do
  [ -f "$SOURCE/${SETS[1]}/$(basename "$file")" ] || missing+=("$(basename "$file" .jpg) in Spanish")
done
for file in "$SOURCE/${SETS[1]}"/*.jpg; do
  [ -f "$SOURCE/${SETS[0]}/$(basename "$file")" ] || missing+=("$(basename "$file" .jpg) in English")
done
for pair in "$CONSOLE_SOURCE:account console:AccountConsoleIT" "$ADMIN_SOURCE:administrators' page:AdminPageIT"; do
  IFS=: read -r source what test <<< "$pair"
  if [ -z "$(ls "$source"/*-en.jpg 2>/dev/null)" ]; then
    echo "No screenshots in $source: run $test first (see the top of this script)." >&2
    exit 1
  fi
  for file in "$source"/*-en.jpg; do
    [ -f "${file%-en.jpg}-es.jpg" ] || missing+=("$what $(basename "${file%-en.jpg}") in Spanish")
  done
  for file in "$source"/*-es.jpg; do
    [ -f "${file%-es.jpg}-en.jpg" ] || missing+=("$what $(basename "${file%-es.jpg}") in English")
  done
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Every page must be in the gallery in both languages; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

rm -rf "${GALLERY:?}/account-console" "${GALLERY:?}/admin-page"
mkdir -p "$GALLERY/account-console" "$GALLERY/admin-page"
cp "$CONSOLE_SOURCE"/*-en.jpg "$CONSOLE_SOURCE"/*-es.jpg "$GALLERY/account-console/"
cp "$ADMIN_SOURCE"/*-en.jpg "$ADMIN_SOURCE"/*-es.jpg "$GALLERY/admin-page/"

for set in "${SETS[@]}"; do
  rm -rf "${GALLERY:?}/$set"
  mkdir -p "$GALLERY/$set"
  cp "$SOURCE/$set"/*.jpg "$GALLERY/$set/"
done

# A table of the pages in a gallery folder, each as <page>-en.jpg beside <page>-es.jpg; $2 starts each picture's alt text.
language_pairs() {
  echo "| Page | English | Español |"
  echo "|---|---|---|"
  for file in "$GALLERY/$1"/*-en.jpg; do
    name=$(basename "$file" -en.jpg)
    title=$(echo "$name" | tr '-' ' ')
    echo "| $title | <img src=\"$1/$name-en.jpg\" width=\"320\" alt=\"$2$title, English\"> | <img src=\"$1/$name-es.jpg\" width=\"320\" alt=\"$2$title, Spanish\"> |"
  done
}

{
  echo "# Screenshot gallery"
  echo
  echo "Every page of Secure Access, as Chromium rendered it in the last run of \`docs/gallery/update.sh\`:"
  echo "the sign-in, identity-proofing and recovery pages of the login theme, then our pages in Keycloak's"
  echo "account console and the administrators' page. Each page also passed axe-core's WCAG 2.1 AA rules in that run."
  echo
  echo "## Sign-in, identity proofing and the way back"
  echo
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
  echo
  echo "## In Keycloak's account console"
  echo
  echo "Keycloak's own console with our pages (and the \"This wasn't me\" pages they lead to), at desktop width."
  echo
  language_pairs account-console ""
  echo
  echo "## The administrators' page"
  echo
  echo "\`/realms/{realm}/secure-access/admin\` (README, \"Administrators\"), signed in as a realm administrator, at desktop width."
  echo
  language_pairs admin-page "administrators' page, "
} > "$GALLERY/README.md"

echo "Gallery written: $GALLERY/README.md ($(ls "$GALLERY/${SETS[0]}" | wc -l) login-theme pages, $(ls "$GALLERY/account-console"/*-en.jpg | wc -l) console pages, $(ls "$GALLERY/admin-page"/*-en.jpg | wc -l) administrators' page, $(du -sh "$GALLERY" | cut -f1))"

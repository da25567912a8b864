#!/bin/sh
# Writes seed corpora for the fuzz targets: seeds.sh SHARED_DIR OUT_DIR
#   OUT_DIR/xlsx       every workbook in SHARED_DIR/xlsforms as it is, and as the list of the XML parts the reader reads
#   OUT_DIR/csvsheets  our CSV questionnaires (tests/data/csvform, the bundled form) as form-feed-joined sheets
set -eu
shared=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$out/xlsx" "$out/csvsheets"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for book in "$shared"/xlsforms/*/*.xlsx; do
    name=$(basename "$book" .xlsx)
    cp "$book" "$out/xlsx/$name.xlsx"
    rm -rf "$work/x" && mkdir "$work/x" && unzip -qq "$book" -d "$work/x"
    parts="$out/xlsx/$name.parts"
    : > "$parts"
    first=1
    (cd "$work/x" && find xl/workbook.xml xl/_rels xl/worksheets xl/sharedStrings.xml xl/styles.xml -type f 2>/dev/null | sed 's|^\./||' | sort) |
        while read -r entry; do
            [ $first -eq 1 ] || printf '\f' >> "$parts"
            first=0
            printf '%s\n' "$entry" >> "$parts"
            cat "$work/x/$entry" >> "$parts"
        done
done

for folder in "$root/tests/data/csvform" "$root/resources/questionnaires/fms_default"; do
    seed="$out/csvsheets/$(basename "$folder")"
    : > "$seed"
    for sheet in survey choices settings; do
        [ "$sheet" = survey ] || printf '\f' >> "$seed"
        [ -f "$folder/$sheet.csv" ] && cat "$folder/$sheet.csv" >> "$seed"
    done
done

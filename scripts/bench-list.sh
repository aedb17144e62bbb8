#!/usr/bin/env bash
# Measures `tamis list` as a whole process on a 10,000-template database
# (issue 2: under 50 ms and 30 MB). Prints /usr/bin/time's wall time and
# peak memory, and hyperfine's mean when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/tamis" .
awk -v n="$n" 'BEGIN {
  for (i = 1; i <= n; i++) {
    printf "[PROMPT-%05d] Modèle numéro %d pour l’atelier %s\nTags : test, atelier, n%d\n\n", i, i, (i % 2 ? "vélo" : "cuisine"), i % 17
    printf "CONTEXTE :\n« [Nom asso] est une association loi 1901 créée en [année]. Notre mission : [mission]. »\n\n"
    printf "PROMPT :\n« Rédige un texte de [X mots] sur l’atelier %d pour [usage], avec un ton chaleureux. »\n\n", i
  }
}' > "$tmp/lib.md"
export TAMIS_DB="$tmp/tamis.db"
"$tmp/tamis" import "$tmp/lib.md" >/dev/null
"$tmp/tamis" list >/dev/null # warm the page cache
echo "templates listed: $("$tmp/tamis" list | wc -l), database: $(du -h "$TAMIS_DB" | cut -f1)"
/usr/bin/time -v "$tmp/tamis" list 2>"$tmp/time" >/dev/null
grep -E 'Elapsed|Maximum resident' "$tmp/time"
/usr/bin/time -v "$tmp/tamis" list --json 2>"$tmp/time" >/dev/null
echo "--json:"; grep -E 'Elapsed|Maximum resident' "$tmp/time"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 "$tmp/tamis list" "$tmp/tamis list --json"
fi

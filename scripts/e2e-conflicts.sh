#!/usr/bin/env bash
# End-to-end check of a shared folder's conflict (issue #12), settled in the
# interface: two databases share a folder as two laptops would, both change
# one template since their last common version, and:
#
#   1. tamis import on laptop b says « 1 conflit à régler : tamis, touche r
#      puis m » and changes nothing of the template; a second import does
#      not double the conflict; tamis conflicts lists it; export refuses to
#      write over the folder's text while it is pending;
#   2. in the real binary, in tmux: r shows « 1 conflit à régler (m) », m
#      lists it, entrée shows both texts with - and + marks, d then o takes
#      the folder's text; the count goes; h shows the new version with the
#      reason « conflit réglé : version du dossier »;
#   3. afterwards the conflict is gone, b exports, and a imports b's folder
#      without a conflict;
#   4. a second conflict is settled by a merge: e opens the editor on both
#      texts in marked blocks, the référent's editor (ctrl+o, a script here)
#      keeps the folder's lines, rewords one and deletes the marks, ctrl+s
#      then entrée saves it with « textes des deux postes réunis »; the
#      journal says « conflit réglé : fusion » and export writes the merge over the folder's text.
#
# Needs tmux; installs nothing (.ci/run apt-installs it). TAMIS_BIN may name
# a prebuilt binary. Waits poll the screen in bounded loops; a failure
# prints the screen.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
e2e_init e2e-conflicts tmux

a_db="$tmp/a/tamis.db"
mkdir -p "$tmp/a"
a() { TAMIS_DB="$a_db" "$bin" "$@"; }
b() { "$bin" "$@"; } # TAMIS_DB: laptop b's database (lib.sh)
dir="$tmp/partage"

# --- two laptops, one folder, a conflict ----------------------------------
e2e_template "$tmp/e2e.md"
a import "$tmp/e2e.md" >/dev/null 2>&1 || die "a: import failed"
a export "$dir" >/dev/null || die "a: export failed"
b import "$dir" >/dev/null 2>&1 || die "b: first import failed"
a archive PROMPT-900 >/dev/null 2>&1 || die "a: archive failed"
a export "$dir" >/dev/null || die "a: second export failed"
b draft PROMPT-900 >/dev/null 2>&1 || die "b: draft failed"

out=$(b import "$dir" 2>"$tmp/import.err") || die "b: import failed: $(cat "$tmp/import.err")"
grep -qF "1 conflit à régler : tamis, touche r puis m." <<<"$out" || die "import says: $out"
grep -qF "PROMPT-900 a changé ici et dans le dossier" "$tmp/import.err" || die "import's stderr: $(cat "$tmp/import.err")"
b list --all 2>/dev/null | grep -q "PROMPT-900.*brouillon" || die "the conflict changed the template here"
out=$(b import "$dir" 2>/dev/null)
grep -qF "1 conflit à régler" <<<"$out" || die "second import says: $out"
[[ $(b conflicts 2>/dev/null | grep -c "PROMPT-900") == 1 ]] || die "tamis conflicts: $(b conflicts 2>&1)"
b export "$dir" >/dev/null 2>"$tmp/export.err" && die "export wrote over a pending conflict"
grep -qF "réglez les conflits" "$tmp/export.err" || die "export says: $(cat "$tmp/export.err")"
ok "import keeps the conflict, once, and export waits"

# --- settled in the interface ---------------------------------------------
start_tamis conflicts 120 30
wait_for "Jamais de données personnelles"
keys r
wait_for "1 conflit à régler (m)"
keys m
wait_for "Conflits à régler"
keys Enter
wait_for "dossier — importé le"
wait_for "- Statut : brouillon"
wait_for "+ Statut : archivé"
keys d
wait_for "Prendre le texte du dossier pour PROMPT-900 ?"
keys o
wait_for "le texte du dossier est pris, enregistré comme version"
wait_for "Aucun conflit à régler."
keys Escape
wait_for "Modèles — référent"
for _ in $(seq 100); do # the list shows its last count until it is read again
	screen | grep -qF "conflit à régler" || break
	sleep 0.05
done
screen | grep -qF "conflit à régler" && die "the référent's screen still counts a conflict"
keys h
wait_for "Historique de PROMPT-900"
wait_for "conflit réglé : version du dossier"
keys Escape
wait_for "Modèles — référent"
keys Escape
wait_for "/ filtrer"
keys C-c
ok "the conflict is settled in the interface"

# --- afterwards ------------------------------------------------------------
for _ in $(seq 100); do # tamis lets go of the file as it quits
	b conflicts >"$tmp/after" 2>/dev/null && break
	sleep 0.05
done
grep -qF "Aucun conflit à régler." "$tmp/after" || die "tamis conflicts after: $(cat "$tmp/after")"
b list --all 2>/dev/null | grep -q "PROMPT-900.*archivé" || die "b does not have the folder's text"
b export "$dir" >/dev/null || die "b: export after settling failed"
out=$(a import "$dir" 2>&1) || die "a: import of b's folder failed: $out"
grep -qF "conflit" <<<"$out" && die "a meets a conflict: $out"
ok "both laptops agree"

# --- a second conflict, merged ------------------------------------------------
a draft PROMPT-900 >/dev/null 2>&1 || die "a: draft failed"
a export "$dir" >/dev/null || die "a: export of the draft failed"
b validate PROMPT-900 >/dev/null 2>&1 || die "b: validate failed"
b import "$dir" 2>/dev/null | grep -qF "1 conflit à régler" || die "b: no second conflict"
cat >"$tmp/fusion.sh" <<'EDITOR'
#!/bin/sh
# Keeps the folder's side of each block, rewords the prompt, drops the marks.
awk '/^──── .*· cet ordinateur/ {skip=1; next} /^──── .*· dossier partagé/ {skip=0; next} /^────/ {next} !skip' "$1" |
	sed 's/Rédige une annonce/Rédige une courte annonce/' >"$1.new" && mv "$1.new" "$1"
EDITOR
chmod +x "$tmp/fusion.sh"
t set-environment -g VISUAL "$tmp/fusion.sh"
start_tamis merge 120 30
wait_for "Jamais de données personnelles"
keys r
wait_for "1 conflit à régler (m)"
keys m
wait_for "› PROMPT-900"
keys Enter
wait_for "e fusionner"
keys e
wait_for "bloc 1 sur 1 · dossier partagé"
wait_for "repère(s) de fusion"
keys C-o
wait_for "Rédige une courte annonce"
wait_for "Lint : rien à redire"
keys C-s
wait_for "textes des deux postes réunis"
keys Enter
wait_for "la fusion est enregistrée comme version"
wait_for "Aucun conflit à régler."
keys C-c
for _ in $(seq 100); do # tamis lets go of the file as it quits
	b journal >"$tmp/journal" 2>/dev/null && break
	sleep 0.05
done
grep -qF "conflit réglé : fusion" "$tmp/journal" || die "journal: $(cat "$tmp/journal")"
b list --all 2>/dev/null | grep -q "PROMPT-900.*brouillon" || die "b does not have the merge"
b export "$dir" >/dev/null 2>"$tmp/export.err" || die "b: export of the merge failed: $(cat "$tmp/export.err")"
grep -qF "Rédige une courte annonce" "$dir/PROMPT-900.md" || die "the folder lacks the merge"
ok "a conflict is settled by a merge"
echo "e2e-conflicts: OK"

#!/usr/bin/env bash
# End-to-end check of the référent's work in the interface (issue #12), on
# the real binary in a real terminal (tmux), as a référent would type it:
#
#   1. tamis referent init reads the passphrase on stdin;
#   2. in the interface, r asks it: a wrong one is refused, the right one
#      opens the list of every template;
#   3. n opens the editor on the next free id; the référent writes « Mme
#      Dupont » into the CONTEXTE, the live lint names it, ctrl+s saves a
#      draft; v refuses the validation and says where;
#   4. e then ctrl+o opens the text in $VISUAL (a script that removes the
#      name), the lint is clean, ctrl+s saves, v validates;
#   5. back on the volunteer's list, the new template is offered; a value
#      is typed in its form, then tamis is quit;
#   6. no temporary file is left, and strings of the database and of its
#      backups finds neither a passphrase nor the value typed.
#
# Needs tmux and strings; installs nothing (.ci/run apt-installs them).
# TAMIS_BIN may name a prebuilt binary. Waits poll the screen in bounded
# loops; a failure prints the screen.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
e2e_init e2e-referent-tui tmux strings
db="$TAMIS_DB"
mkdir -p "$tmp/tmpdir" # tamis's TMPDIR: the editor's temporary file goes there
phrase="la grue du canal Saint-Martin"
wrong="pas la bonne phrase du tout"
value="Josiane Valentinelli"

# --- 1. the passphrase, on stdin -----------------------------------------
printf '%s\n' "$phrase" | "$bin" referent init --db "$db" >/dev/null || die "referent init failed"
ok "passphrase set from stdin"

# $VISUAL: the référent's editor, here a script that removes the name.
cat >"$tmp/editeur.sh" <<'SCRIPT'
#!/bin/sh
sed -i 's/Mme Dupont, diabétique, vient le lundi\. //' "$1"
SCRIPT
chmod +x "$tmp/editeur.sh"

S=e2e
t -f /dev/null new-session -d -s "$S" -x 100 -y 30 \
	"env -i PATH=/usr/bin:/bin HOME=$tmp TMPDIR=$tmp/tmpdir TERM=xterm LANG=fr_FR.UTF-8 VISUAL=$tmp/editeur.sh TAMIS_DB=$db $bin; exec sleep 600"

# --- 2. the passphrase in the interface ----------------------------------
wait_for "Jamais de données personnelles"
keys r
wait_for "Réservé au référent"
typed "$wrong"
keys Enter
wait_for "Phrase de passe incorrecte."
typed "$phrase"
keys Enter
wait_for "PROMPT-001   validé"
ok "a wrong passphrase refused, the right one opens the référent's list"

# --- 3. a new template naming a person -----------------------------------
keys n
wait_for "Nouveau modèle PROMPT-"
id=$(screen | grep -o 'Nouveau modèle PROMPT-[0-9]*' | grep -o 'PROMPT-[0-9]*')
for _ in $(seq 20); do keys Up; done
keys C-e
typed " : atelier tricot e2e"
for _ in 1 2 3 4; do keys Down; done # line 5: the context, under CONTEXTE :
keys C-a Right Right
typed "Mme Dupont, diabétique, vient le lundi. "
wait_for "« Mme Dupont »" # the live lint, once the text is still
keys C-s
wait_for "Raison de la modification"
keys Enter
wait_for "$id enregistré (version 1,"
keys Escape
wait_for "brouillon  Titre du modèle : atelier tricot e2e"
keys v
wait_for "$id n’est pas validé"
screen | grep -qF "(CONTEXTE) : « Mme Dupont »" || die "the refusal does not say where"
ok "$id created as a draft, its validation refused with the reason"

# --- 4. fixed in \$VISUAL, saved, validated -------------------------------
keys e
wait_for "Modifier $id — référent"
keys C-o
wait_for "(non enregistré)"
wait_for "Lint : rien à redire"
keys C-s
wait_for "Raison de la modification"
keys C-u
typed "nom retiré"
keys Enter
wait_for "$id enregistré (version 2,"
keys Escape
wait_for "› $id"
keys v
wait_for "$id validé (version 3)"
ok "fixed in the référent's editor, saved and validated"

# --- 5. in the volunteer's list at once ------------------------------------
keys Escape
wait_for "17 modèles"
keys /
typed "tricot e2e"
wait_for "1 modèle sur 17"
keys Enter
wait_for "Aperçu du texte à copier"
typed "$value"
wait_for "$value"
keys Escape
wait_for "/ filtrer"
keys q
wait_for "Quitter sans copier"
keys o
for _ in $(seq 200); do
	screen | grep -qF "Jamais de données personnelles" || break
	sleep 0.05
done
screen | grep -qF "Jamais de données personnelles" && die "tamis did not quit"
ok "the validated template is offered to volunteers"

# --- 6. nothing kept that should not be ----------------------------------
leftover=$(ls -A "$tmp/tmpdir")
[[ -z "$leftover" ]] || die "temporary files left: $leftover"
files=("$db" "$tmp"/data/sauvegardes/*.db)
[[ ${#files[@]} -ge 2 ]] || die "no backup to check"
# strings into a file first: with pipefail, grep -q closing the pipe early
# would make the pipeline fail and hide a match.
for f in "${files[@]}"; do
	strings "$f" >"$tmp/strings.txt"
	for secret in "$phrase" "$wrong" "grue du canal" "$value" "Valentinelli"; do
		grep -qF -- "$secret" "$tmp/strings.txt" && die "$f holds « $secret »"
		grep -qaF -- "$secret" "$f" && die "$f holds « $secret »"
	done
done
strings "$db" >"$tmp/strings.txt"
grep -qF "atelier tricot e2e" "$tmp/strings.txt" || die "the template is not in the database: the check above proves nothing"
ok "no passphrase nor typed value in the database or its ${#files[@]} files"

echo "e2e-referent-tui: OK"

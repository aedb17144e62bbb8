#!/usr/bin/env bash
# End-to-end check of the référent's passphrase (issue #12) on the real
# binary in a real terminal (tmux), as a référent would type it:
#
#   1. before any référent, a profile change is made and says
#      « aucun référent défini »;
#   2. tamis referent init asks twice, without echo;
#   3. a profile change with a wrong passphrase is refused (exit 5) and
#      changes nothing; with the right one it is made;
#   4. import - takes its templates on stdin and the passphrase on the
#      terminal (/dev/tty);
#   5. a volunteer proposes a template whose context names a person:
#      its validation is refused, saying where; fixed and proposed again,
#      it is validated with the passphrase and appears in tamis list;
#      a wrong passphrase is refused; the journal shows the actions;
#   6. strings of the database and of every backup: no passphrase, no
#      value typed to fill a template.
#
# Needs tmux; installs nothing (.ci/run apt-installs it). TAMIS_BIN may
# name a prebuilt binary. Waits poll the screen in bounded loops; a failure
# prints the screen.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
e2e_init e2e-referent tmux strings
db="$TAMIS_DB"
phrase="le vélo du mardi soir"
wrong="pas la bonne phrase"

S=e2e
E2E_SCROLLBACK=2000 # a shell session: earlier lines scroll up
: "${E2E_TIMEOUT:=20}"
t new-session -d -s "$S" -x 120 -y 40 \
	"env -i PATH=/usr/bin:/bin HOME=$tmp HISTFILE=/dev/null TERM=xterm LANG=fr_FR.UTF-8 TAMIS_DB=$db PS1='$ ' bash --norc --noprofile"

# type_secret TEXT: types a passphrase once tamis has turned the pane's
# echo off (the prompt is printed just before; typing in between would be
# echoed by the terminal, not by tamis).
type_secret() {
	local tty
	tty=$(t display-message -p -t "$S" '#{pane_tty}')
	for _ in $(seq 1 400); do
		if stty -F "$tty" -a 2>/dev/null | grep -qw -- '-echo'; then
			typeline "$1"
			return 0
		fi
		sleep 0.05
	done
	die "tamis never turned the terminal's echo off"
}
# run CMD: types a shell line that prints its exit code as « code=N ».
run() { typeline "$1; echo code=\$?"; }

run "$bin profile --set 'année=2026'"
wait_for "code=0"
screen | grep -qF "aucun référent défini : tamis referent init pour en définir un" || die "no notice before init"
ok "open before init, and says so"

run "$bin referent init"
wait_for "Nouvelle phrase de passe :"
type_secret "$phrase"
wait_for "La même, pour confirmer :"
type_secret "$phrase"
wait_for "Référent défini."
wait_for "code=0" 2
ok "init asked twice"

run "$bin profile --set 'année=2027'"
wait_for "Phrase de passe du référent :"
type_secret "$wrong"
wait_for "code=5"
screen | grep -qF "phrase de passe incorrecte ; rien n’a été fait." || die "no French refusal"
"$bin" profile --db "$db" | grep -qx "année = 2026" || die "a refused change was made"
ok "wrong passphrase refused, exit 5, nothing changed"

run "$bin profile --set 'année=2027'"
wait_for "Phrase de passe du référent :" 2
type_secret "$phrase"
wait_for "année = 2027"
wait_for "code=0" 3
ok "right passphrase: change made"

cat >"$tmp/e2e.md" <<'TEMPLATE'
[PROMPT-900] Annonce de l'atelier tricot (test e2e)
CONTEXTE :
« Notre association organise des ateliers ouverts à tous. »
PROMPT :
« Rédige une annonce pour l'atelier [atelier]. »
TEMPLATE
run "$bin import - < $tmp/e2e.md"
wait_for "Phrase de passe du référent (Entrée seule : importer comme brouillons) :"
type_secret "$phrase"
wait_for "1 modèle(s) ajouté(s)"
wait_for "code=0" 4
ok "import - with the passphrase on the terminal"

cat >"$tmp/named.md" <<'TEMPLATE'
[PROMPT-950] Courrier de suivi (test e2e)

CONTEXTE :
« Notre association accompagne des familles.
Marie Dupont est diabétique depuis 2019. »

PROMPT :
« Rédige un courrier pour [destinataire]. »

VARIABLES :
- [destinataire] : la structure partenaire à qui écrire
TEMPLATE
run "$bin propose $tmp/named.md"
wait_for "PROMPT-950 proposé comme brouillon (version 1)."
wait_for "code=0" 5
run "$bin validate PROMPT-950"
wait_for "code=4"
screen | grep -qF "PROMPT-950 n’est pas validé : son texte fixe" || die "no reason for the refusal"
screen | grep -qF "ligne 6 (CONTEXTE) : « Marie Dupont »" || die "the refusal does not say where"
ok "validation refused: a person's name in the context, with line and words"

sed -i 's/Marie Dupont est diabétique depuis 2019\./Nous organisons des ateliers ouverts à tous./' "$tmp/named.md"
run "$bin propose $tmp/named.md"
wait_for "PROMPT-950 proposé comme brouillon (version 2)."
wait_for "code=0" 6
run "$bin validate PROMPT-950 --raison 'relu en bureau'"
wait_for "Phrase de passe du référent :" 3
type_secret "$phrase"
wait_for "PROMPT-950 validé (version 3)"
wait_for "code=0" 7
run "$bin list | grep -c PROMPT-950"
wait_for "code=0" 8
"$bin" list --db "$db" | grep -q "^PROMPT-950" || die "the validated template is not in the list"
ok "fixed, validated, in the volunteers' list"

run "$bin archive PROMPT-950"
wait_for "Phrase de passe du référent :" 4
type_secret "$wrong"
wait_for "code=5" 2
"$bin" list --db "$db" | grep -q "^PROMPT-950" || die "a wrong passphrase archived the template"
ok "wrong passphrase refused on archive"

run "$bin fill PROMPT-950 --set 'destinataire=Josiane Valentinelli'"
wait_for "code=4" 2 # the first one is the refused validation
run "$bin journal"
wait_for "Phrase de passe du référent :" 5
type_secret "$phrase"
wait_for "code=0" 9
screen | grep -qF "modèle validé" || die "the journal lacks the validation"
screen | grep -qF "validation refusée" || die "the journal lacks the refusal"
ok "journal of the référent's actions"

screen >"$tmp/screen.txt" # the whole session: no clear was typed
grep -qF "année = 2027" "$tmp/screen.txt" || die "the screen lost the session"
for secret in "$phrase" "$wrong" "vélo du mardi"; do
	grep -qF -- "$secret" "$tmp/screen.txt" && die "the terminal shows « $secret »"
done
ok "nothing typed was echoed"

files=("$db" "$tmp"/data/sauvegardes/*.db)
[[ ${#files[@]} -ge 2 ]] || die "no backup to check"
# strings into a file first: with pipefail, grep -q closing the pipe early
# would make the pipeline fail and hide a match.
for f in "${files[@]}"; do
	strings "$f" >"$tmp/strings.txt"
	for secret in "$phrase" "$wrong" "vélo du mardi" "Valentinelli"; do
		grep -qF -- "$secret" "$tmp/strings.txt" && die "$f holds « $secret »"
		grep -qaF -- "$secret" "$f" && die "$f holds « $secret »"
	done
done
strings "$db" >"$tmp/strings.txt"
grep -qF '$argon2id$v=19$' "$tmp/strings.txt" || die "no argon2id hash in the database"
ok "no passphrase in the database or its ${#files[@]} files"

echo "e2e-referent: OK"

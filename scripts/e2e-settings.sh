#!/usr/bin/env bash
# End-to-end check of the référent's settings screens (issue #12) on the
# real binary in a real terminal (tmux):
#
#   1. a passphrase is set (tamis referent init, one line of stdin);
#   2. tamis opens; r asks the passphrase: a wrong one is refused, the
#      right one opens the référent's screen;
#   3. p: a person's e-mail as the contact is refused with the reason and
#      stays in its field; the association's name is saved; the
#      volunteer's form is pre-filled with it;
#   4. l: a deny entry is added (that the volunteer's next check blocks
#      it is tested in tui/settings_test.go);
#   5. quit, open tamis again: r asks the passphrase again (the unlock is
#      for one session);
#   6. strings of the database: no passphrase, no value typed in a form.
#
# Needs tmux and strings (.ci/run installs them). TAMIS_BIN may name a
# prebuilt binary. Waits poll the screen in bounded loops; a failure
# prints the screen.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
e2e_init e2e-settings tmux strings
db="$TAMIS_DB"
phrase="la roue du jeudi matin"
wrong="pas la bonne phrase"
typed_mail="josiane.valentinelli@gmail.com"

printf '%s\n' "$phrase" | "$bin" referent init >/dev/null || die "referent init failed"
ok "passphrase set"

# start: tamis in a new session of its own (the last one's tamis ended).
# Not a new tmux server: one started while the old one shuts down on the
# same socket can fail (« server exited unexpectedly ») on a loaded machine.
sessions=0
start() {
	sessions=$((sessions + 1))
	start_tamis "e2e$sessions" 100 30
}

start
wait_for "modèles"
keys r
wait_for "Réservé au référent"
typed "$wrong"
keys Enter
wait_for "Phrase de passe incorrecte"
typed "$phrase"
keys Enter
wait_for "PROMPT-001   validé" # the title shows above the passphrase too
ok "wrong passphrase refused, right one opens"

keys p
wait_for "Profil de l’association"
for _ in 1 2 3 4 5 6 7; do keys Down; done
typed "$typed_mail"
keys Enter
wait_for "La valeur de « contact » n’a pas été enregistrée"
screen | grep -qF "$typed_mail" || die "the refused value left its field"
keys C-u
for _ in 1 2 3; do keys Down; done # back round to the first field
typed "Les Amis de la Roue"
keys Enter
wait_for "Profil enregistré"
keys Escape
wait_for "PROMPT-001   validé"
ok "profile: a person's e-mail refused with the reason, the name saved"

keys l
wait_for "Liste interdite (toujours sensible)"
keys i
typed "Projet Pégase"
keys Enter
wait_for "Listes enregistrées"
keys Escape
wait_for "PROMPT-001   validé"
keys Escape
wait_for "modèles"
ok "lists: a deny entry added"

keys /
typed "presentation association courte"
keys Enter
wait_for "Les Amis de la Roue"
ok "the volunteer's form is pre-filled from the new profile"

keys C-c
sleep 0.3
screen | grep -qF "Quitter sans copier" && keys o
start
wait_for "modèles"
keys r
wait_for "Réservé au référent"
ok "a new tamis asks the passphrase again"
keys C-c

strings "$db" >"$tmp/strings.txt"
for secret in "$phrase" "$wrong" "$typed_mail" "roue du jeudi"; do
	grep -qF -- "$secret" "$tmp/strings.txt" && die "the database holds « $secret »"
	grep -qaF -- "$secret" "$db" && die "the database holds « $secret »"
done
"$bin" rules --db "$db" | grep -qF "Projet Pégase" || die "the deny entry is not in the database"
ok "no passphrase nor refused value in the database"

echo "e2e-settings: OK"

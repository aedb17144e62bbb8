#!/usr/bin/env bash
# End-to-end check of the method's tools in the TUI (issue #10): the real
# binary runs in tmux under Xvfb, driven with send-keys.
#
#   1. on a fresh database, the indicators say: no signature, no round;
#   2. c: read the charter, s, sign it as « Awa »;
#   3. fill a template with a distinctive value and copy it: a use;
#   4. e: play a round of 10 (answers 1 to 4 and d), see the score;
#   5. i: the indicators screen shows the signature, the round, the use;
#   6. `tamis indicateurs --json` agrees, and `tamis charte --registre`
#      lists Awa;
#   7. `strings` of the database holds no value typed in the template
#      (only the name the volunteer chose to sign with).
#
# Needs tmux, Xvfb (unless DISPLAY is set), xclip and strings; installs
# nothing (.ci/run does). Its own Xvfb display is :98, so that it can run
# beside e2e-tui.sh (:99). TAMIS_BIN may name a prebuilt binary.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
need=(tmux xclip strings)
[[ -z "${DISPLAY:-}" ]] && need+=(Xvfb)
e2e_init e2e-method "${need[@]}"
export LANG=fr_FR.UTF-8 LC_ALL=

e2e_template "$tmp/e2e.md"
"$bin" import "$tmp/e2e.md" >"$tmp/import.log" 2>&1 || die "tamis import failed: $(cat "$tmp/import.log")"

# json_field NAME: one number of `tamis indicateurs --json`.
json_field() {
	"$bin" indicateurs --json 2>/dev/null | sed -n "s/^  \"$1\": \([0-9-]*\),\{0,1\}$/\1/p"
}
[[ "$(json_field signatures)" == 0 && "$(json_field training_rounds)" == 0 && "$(json_field uses)" == 0 ]] ||
	die "a fresh database already has indicators"

e2e_display 98
start_tamis method 100 30

# --- 2. read and sign the charter ----------------------------------------
wait_for "Jamais de données personnelles"
wait_for "PROMPT-"
keys c
wait_for "Préambule"
wait_for "version 1"
keys s
wait_for "Signer de votre prénom"
typed "Awa"
keys Enter
wait_for "Merci, Awa"
keys Escape
wait_for "PROMPT-"
echo "e2e-method: charter signed: ok"

# --- 3. a use: fill and copy ---------------------------------------------
keys /
wait_for "Filtrer"
typed "tricot"
wait_for "1 modèle sur"
keys Enter
wait_for "Aperçu du texte à copier"
typed "macramé zinzolin"
keys Tab
typed "jeudi"
wait_for "du jeudi."
keys C-y
wait_for "Vérifié et"
keys Enter
wait_for "PROMPT-900"
echo "e2e-method: a template used: ok"

# --- 4. a training round ---------------------------------------------------
keys e
wait_for "Entraînement · 1/10"
answers=(1 2 3 4 d 4 3 2 1 d)
for n in 1 2 3 4 5 6 7 8 9 10; do
	wait_for "Entraînement · $n/10"
	keys "${answers[n - 1]}"
	wait_for "La méthode :"
	wait_for "tamis classerait"
	keys Enter
done
wait_for "Fin de la manche"
wait_for "Score :"
wait_for "Manche enregistrée"
keys Escape
wait_for "PROMPT-"
echo "e2e-method: training round played: ok"

# --- 5. the indicators screen moved ------------------------------------------
keys i
wait_for "Indicateurs de la méthode"
wait_for "Signatures de la charte              1"
wait_for "Manches d’entraînement               1"
wait_for "Utilisations                         1"
keys Escape
wait_for "PROMPT-"
keys q
for _ in $(seq 100); do
	screen | grep -qF "Jamais de données" || break
	sleep 0.05
done
echo "e2e-method: indicators screen moved: ok"

# --- 6. the command line agrees ------------------------------------------------
[[ "$(json_field signatures)" == 1 ]] || die "signatures: $(json_field signatures)"
[[ "$(json_field training_rounds)" == 1 ]] || die "training rounds: $(json_field training_rounds)"
[[ "$(json_field uses)" == 1 ]] || die "uses: $(json_field uses)"
# (outputs are read whole before grep -q: with pipefail, a writer cut
# short by grep's early exit would fail the check)
register=$("$bin" charte --registre 2>/dev/null)
grep -q "Awa .* version 1" <<<"$register" || die "the register does not list Awa: $register"
table=$("$bin" indicateurs 2>/dev/null)
grep -q "Charte signée" <<<"$table" || die "tamis indicateurs prints no table"
echo "e2e-method: tamis indicateurs agrees: ok"

# --- 7. nothing typed in the template is in the file ----------------------------
dump=$(strings -n 3 "$TAMIS_DB")
for typed_value in "macramé zinzolin" "zinzolin" "macram" "jeudi."; do
	if grep -qF -- "$typed_value" <<<"$dump"; then
		die "the database holds a typed value: $typed_value"
	fi
done
grep -qF '"name":"Awa"' <<<"$dump" || die "the signature is not in the register"
echo "e2e-method: the database holds no typed value: ok"
echo "e2e-method: all checks passed"

#!/usr/bin/env bash
# End-to-end check of the volunteer's TUI (issue #4): the real binary runs in
# tmux under Xvfb, is driven with send-keys, and the clipboard is read back
# with xclip.
#
#   1. on a fresh database, import a test template;
#   2. filter with "/", open it with enter, fill safe values, enter on the
#      last field: the clipboard must hold exactly the filled prompt;
#   3. put a personal e-mail in a field, ctrl+y: the clipboard must not
#      change and the screen must say why;
#   4. anonymise it: the clipboard holds the code, not the e-mail;
#   5. put a health fact about a named person, ctrl+y then a: the
#      anonymised text still holds the fact, and the clipboard must not
#      change (pseudonymised data is still personal data);
#   6. esc twice, reopen: the values are still there; ctrl+c asks
#      « Quitter sans copier ? » (No by default), a second ctrl+c quits;
#   7. ctrl+c clears the clipboard (clear on quit is on by default); so do
#      SIGTERM and a closed terminal (SIGHUP), through a fresh session each;
#   8. the database file must hold nothing that was typed.
#
# Needs tmux, Xvfb (unless DISPLAY is set) and xclip; installs nothing
# (.ci/run apt-installs them). TAMIS_BIN may name a prebuilt binary.
# Waits poll the screen in bounded loops; a failure prints the screen.
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
need=(tmux xclip)
[[ -z "${DISPLAY:-}" ]] && need+=(Xvfb)
e2e_init e2e-tui "${need[@]}"

# --- the binary and a fresh database with the test template -------------
e2e_template "$tmp/e2e.md"
"$bin" import "$tmp/e2e.md" >/dev/null || die "tamis import failed"

expected="CONTEXTE :
Notre association organise des ateliers ouverts à tous.

PROMPT :
Rédige une annonce pour l'atelier tricot quadricolore du mardi."

# --- an X display for the clipboard --------------------------------------
e2e_display 99

# --- tmux helpers (the others: lib.sh) ------------------------------------
start() { start_tamis "$1" 100 30; }
pid() { cat "$tmp/$S.pid"; }
# gone: waits (bounded) for tamis to end.
gone() {
	local p
	p=$(pid)
	for _ in $(seq 200); do
		kill -0 "$p" 2>/dev/null || return 0
		sleep 0.05
	done
	fail "tamis did not end in session $S"
}
# clip_is TEXT: polls the clipboard (xclip hands it to a child process)
# until it holds TEXT, for at most 5 s.
clip_is() {
	for _ in $(seq 100); do
		[[ "$(clip)" == "$1" ]] && return 0
		sleep 0.05
	done
	return 1
}
# clip_has TEXT: clip_is for a part of the clipboard.
clip_has() {
	for _ in $(seq 100); do
		[[ "$(clip)" == *"$1"* ]] && return 0
		sleep 0.05
	done
	return 1
}
# copy_safe [KEY]: filter, open, fill safe values, then KEY (ctrl+y, or
# Enter on the last field); the clipboard must hold the filled prompt.
copy_safe() {
	wait_for "Jamais de données personnelles"
	keys /
	wait_for "Filtrer"
	typed "tricot"
	wait_for "1 modèle sur"
	keys Enter
	wait_for "Aperçu du texte à copier"
	typed "tricot quadricolore"
	keys Tab
	typed "mardi"
	wait_for "du mardi."
	keys "${1:-C-y}"
	wait_for "Vérifié et copié"
	clip_is "$expected" || fail "clipboard is
$(clip)
expected
$expected"
}

start e2e

# --- 1. filter, open, fill safe values, copy ----------------------------
wait_for "Jamais de données personnelles"
copy_safe Enter # on the last field, enter checks and copies as ctrl+y does
echo "e2e-tui: safe values copied with enter on the last field: ok"

# --- 2. a personal e-mail is refused, with the reason -------------------
keys Escape
wait_for "Aperçu du texte à copier"
keys BTab
keys C-u
typed "écrire à jeanne.martin@gmail.com"
wait_for "jeanne.martin@gmail.com »"
keys C-y
wait_for "rien n’a été copié"
wait_for "[atelier]"
wait_for "« jeanne.martin@gmail.com »"
screen | grep -qi "e-mail\|courriel\|adresse" || fail "the screen does not say why"
[[ "$(clip)" == "$expected" ]] || fail "the clipboard changed after a refusal: $(clip)"
echo "e2e-tui: personal e-mail refused, clipboard unchanged: ok"

# --- 3. anonymise: the code is copied, not the e-mail -------------------
keys a
wait_for "contact_001@anonyme.invalid"
clip_has "contact_001@anonyme.invalid" || fail "anonymised copy is $(clip)"
anonymised=$(clip)
[[ "$anonymised" != *"jeanne.martin"* ]] || fail "anonymised copy is $anonymised"
echo "e2e-tui: anonymised and copied without the e-mail: ok"

# --- 4. a health fact is never anonymised and copied ------------------
keys Escape
wait_for "Aperçu du texte à copier"
keys C-u
typed "vélo animé par Jean Martin, qui est diabétique"
wait_for "diabétique »"
keys C-y
wait_for "rien n’a été copié"
screen | grep -qF "a anonymiser" && fail "anonymisation is offered for a sensitive fact"
keys a
sleep 0.5
wait_for "ne se partage pas, même"
[[ "$(clip)" == "$anonymised" ]] || fail "a sensitive fact reached the clipboard: $(clip)"
echo "e2e-tui: sensitive fact about a code not copied: ok"

# --- 5. nothing typed is lost: esc, reopen, and a question on quit ------
keys Escape
wait_for "Aperçu du texte à copier"
keys Escape
wait_for "1 modèle sur"
keys C-c
wait_for "Quitter sans copier ?"
keys Enter # No is the default: back to the list
wait_for "q quitter"
keys Enter
wait_for "qui est diabétique"
echo "e2e-tui: values kept after esc and reopening, quit asked first: ok"

# --- 6. every way out clears the clipboard ------------------------------
keys C-c
wait_for "Quitter sans copier ?"
keys C-c
gone
clip_is "" || fail "ctrl+c left the clipboard holding: $(clip)"
echo "e2e-tui: ctrl+c cleared the clipboard: ok"

start e2e-term
copy_safe
kill -TERM "$(pid)"
gone
clip_is "" || fail "SIGTERM left the clipboard holding: $(clip)"
echo "e2e-tui: SIGTERM cleared the clipboard: ok"

start e2e-hup
copy_safe
kill -HUP "$(pid)" # what tamis gets when its terminal window is closed
gone
clip_is "" || fail "a closed terminal left the clipboard holding: $(clip)"
echo "e2e-tui: SIGHUP cleared the clipboard: ok"

# --- 7. nothing typed reached the database -----------------------------
for secret in "jeanne.martin" "quadricolore" "diabétique"; do
	if grep -rqaF -- "$secret" "$(dirname "$TAMIS_DB")"; then
		fail "the database holds typed text: $secret"
	fi
done
echo "e2e-tui: nothing typed in the database: ok"
echo "e2e-tui: OK"

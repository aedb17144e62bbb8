# shellcheck shell=bash
# Helpers shared by the end-to-end scripts (scripts/e2e-*.sh): a temporary
# folder and database, the binary, an X display for the clipboard, and a
# tmux session driven with send-keys whose screen is polled in bounded
# loops. Source it, then call e2e_init.

# e2e_init NAME TOOL...: NAME prefixes the messages; each TOOL must be
# installed (.ci/run apt-installs them). Sets tmp, sock, bin (TAMIS_BIN or
# a fresh build) and TAMIS_DB (a fresh database in $tmp/data), and removes
# everything on exit.
e2e_init() {
	E2E_NAME=$1
	shift
	local tool
	for tool in "$@"; do
		command -v "$tool" >/dev/null || die "$tool is missing (apt-get install tmux xvfb xclip binutils)"
	done
	tmp=$(mktemp -d)
	sock="$tmp/tmux.sock"
	xvfb_pid=""
	trap e2e_cleanup EXIT
	bin="${TAMIS_BIN:-}"
	if [[ -z "$bin" ]]; then
		go build -o "$tmp/tamis" .
		bin="$tmp/tamis"
	fi
	export TAMIS_DB="$tmp/data/tamis.db"
	mkdir -p "$tmp/data" # a TAMIS_DB folder must exist: only the default one is created
}

e2e_cleanup() {
	tmux -S "$sock" kill-server 2>/dev/null || true
	[[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
	rm -rf "$tmp"
}

# e2e_display N: an X display for xclip, Xvfb :N unless DISPLAY is set
# (each script has its own N, so that they can run side by side).
e2e_display() {
	if [[ -z "${DISPLAY:-}" ]]; then
		command -v Xvfb >/dev/null || die "Xvfb is missing (apt-get install xvfb)"
		Xvfb ":$1" -screen 0 1024x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
		xvfb_pid=$!
		export DISPLAY=":$1"
	fi
	for _ in $(seq 100); do
		printf 'sentinelle-e2e' | xclip -selection clipboard -i >/dev/null 2>&1 && break
		sleep 0.05
	done
	[[ "$(clip)" == "sentinelle-e2e" ]] || die "no working X clipboard on $DISPLAY"
}

clip() { xclip -o -selection clipboard 2>/dev/null || true; }

# e2e_template FILE: the validated test template PROMPT-900.
e2e_template() {
	cat >"$1" <<'TEMPLATE'
[PROMPT-900] Annonce de l'atelier tricot (test e2e)
Tags : test, e2e
Statut : validé

CONTEXTE :
« Notre association organise des ateliers ouverts à tous. »

PROMPT :
« Rédige une annonce pour l'atelier [atelier] du [jour]. »

VARIABLES :
- [atelier] : thème de l'atelier
- [jour] : jour de la semaine
TEMPLATE
}

# --- tmux ------------------------------------------------------------------
# S is the session the helpers drive; E2E_SCROLLBACK lines of history are
# read too (a shell session scrolls, a full-screen program does not).
t() { tmux -S "$sock" "$@"; }
screen() { t capture-pane -p -t "$S" -S "-${E2E_SCROLLBACK:-0}" 2>/dev/null || true; }
keys() { t send-keys -t "$S" "$@"; }
typed() { t send-keys -t "$S" -l -- "$1"; }
typeline() { typed "$1"; keys Enter; }

# die MESSAGE: stops with the message, and the screen if a session runs.
die() {
	echo "${E2E_NAME:-e2e}: FAIL: $*" >&2
	if [[ -S "${sock:-}" ]]; then
		echo "----- screen -----" >&2
		screen >&2
		echo "------------------" >&2
	fi
	exit 1
}
fail() { die "$@"; }
ok() { echo "$E2E_NAME: $*: ok"; }

# wait_for TEXT [N]: polls the screen until TEXT shows N times (1 by
# default), for at most E2E_TIMEOUT seconds (15 by default; a loaded CI
# machine is slow).
wait_for() {
	local n="${2:-1}" end=$((SECONDS + ${E2E_TIMEOUT:-15}))
	while ((SECONDS < end)); do
		(($(screen | grep -cF -- "$1") >= n)) && return 0
		sleep 0.05
	done
	die "the screen never showed « $1 » (${n}×)"
}

# start_tamis SESSION WIDTH HEIGHT: tamis in a new tmux session, its pid in
# $tmp/SESSION.pid. The pane outlives tamis (sleep), like a terminal window
# after the program: otherwise closing the pane would hang up the xclip
# serving the clipboard and empty it whatever tamis did.
start_tamis() {
	S=$1
	t -u -f /dev/null new-session -d -s "$S" -x "$2" -y "$3" \
		"sh -c 'echo \$\$ >$tmp/$S.pid; exec env LANG=fr_FR.UTF-8 LC_ALL= TERM=xterm-256color DISPLAY=${DISPLAY:-} TAMIS_DB=$TAMIS_DB $bin'; exec sleep 600"
	t set-option -t "$S" window-size manual >/dev/null 2>&1 || true
	t resize-window -t "$S" -x "$2" -y "$3" >/dev/null 2>&1 || true
}

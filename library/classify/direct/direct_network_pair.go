package direct

import (
	"strings"

	"tamis/i18n"
)

// A network given by its name, then what to type to join it (« pour
// internet au local : AssoLilas_Invites puis bienvenue2024 », "guest
// network is Hall_Guest, and what you type is Daffodil#1987", "the
// hall's internet is StMarks_Hall then Rainbow2019! to get on"): no
// password word, but a network's name (a word joined by '_'), a word of
// the network before it and a word that goes on to the next thing to
// type. The token after that word is the key.

// networkWords name a network before its name.
var networkWords = newMarkers("wifi", "wi-fi", "internet", "reseau", "network", "box", "hotspot")

// networkThen go on from the network's name to its key.
var networkThen = []string{"puis", "ensuite", "then", "and", "et", "type", "tape", "mdp", "pass", "password", "code", "is", "c'est"}

// networkPair: the word at i is a network's name (letters joined by '_')
// after a word of the network; the first strong secret within the next
// few words, after a word that goes on, is its key.
func (s *scanner) networkPair(i int) {
	t := s.text
	end := i
	for end < len(t) && (isWordByte(t[end]) || t[end] == '_') {
		end++
	}
	if end == i || !strings.Contains(t[i:end], "_") || !hasWord(s.before(i, 50), networkWords) {
		return
	}
	goesOn := false
	for j, n := end, 0; j < len(t) && n < 8; n++ {
		for j < len(t) && (t[j] == ' ' || t[j] == ',' || t[j] == ':') {
			j++
		}
		if j >= len(t) || t[j] == '\n' || t[j] == '.' && (j+1 == len(t) || t[j+1] == ' ') {
			return
		}
		e := j
		for e < len(t) && t[e] != ' ' && t[e] != ',' && t[e] != '\n' {
			e++
		}
		w := strings.TrimRight(t[j:e], ".;")
		if goesOn && strongSecret(w) {
			s.add(ruleCredential, Blocked, j, j+len(w), i18n.T("réseau et clé pour s'y connecter", "network and the key to join it"))
			return
		}
		lw := strings.ToLower(w)
		for _, g := range networkThen {
			if lw == g {
				goesOn = true
			}
		}
		j = e
	}
}

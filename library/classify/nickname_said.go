package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A nickname is given as one (« surnommé Rambo par les jeunes », « on
// l'appelle « le Chinois » au foyer », "known as Tiny at the shelter"):
// whatever the word, the text says it names one person, and a club knows
// who (issue 7, section 4: nicknames). A place or an event may have a
// nickname too (« le quartier surnommé « la Petite Suisse » », « le
// festival surnommé… »): a place or an event word just before the
// naming word leaves it, and so does a name that is no person's before
// it (« Saint-Malo, surnommée la Cité corsaire »): the nickname is given
// to a person, to a pronoun, or to a subject left out.

var nicknameWords = lexicon.Words(lexicon.Data, "nickname_words") // « surnommé », "alias"

// findNicknameSaid reports the first nickname given as one.
func (a *analysis) findNicknameSaid() {
	toks := a.s.Toks
	next := 0 // the first capitalised token after v, or len(toks): one pass, not three tokens read per word
	for v := range toks {
		if next <= v {
			for next = v + 1; next < len(toks) && !toks[next].Has(text.Cap); next++ {
			}
		}
		if next >= v+4 || next >= len(toks) { // no capitalised word within three tokens after v
			continue // the nickname is capitalised: no look-up for most words
		}
		k := a.nicknameStart(v)
		if k < 0 || k >= len(toks) || a.placeBefore(v) || !a.personBefore(v) {
			continue
		}
		if k < len(toks)-1 && toks[k].Is(cPlainDets) {
			k++ // « le Chinois », "the Duke"
		}
		t := &toks[k]
		if !t.Has(text.Cap) || !t.Has(text.Letter) || a.consumed[k] || a.coveredByName(k) {
			continue
		}
		end := k + 1
		for end < len(toks) && end < k+3 && toks[end].Sep == 0 && toks[end].Has(text.Cap) && !toks[end].Has(text.Quoted) {
			end++
		}
		a.reportName(k, end)
		return
	}
}

// nicknameStart: token v gives a nickname (« surnommé », "known as",
// « l'appelle »); the token where the nickname starts, or -1.
func (a *analysis) nicknameStart(v int) int {
	toks := a.s.Toks
	w := toks[v].Norm
	if len(w) == 0 || !nicknameFirstBytes[w[0]] {
		return -1 // one table read instead of a hash for most words
	}
	switch {
	case nicknameWords[w]:
		return v + 1
	case w == "known" && v+1 < len(toks) && toks[v+1].Norm == "as":
		return v + 2
	case (w == "appelle" || w == "appellent" || w == "appelait" || w == "calls" || w == "call") && v > 0 && nicknamePronoun(toks[v-1].Norm):
		return v + 1 // « on l'appelle », "they call him"
	case (w == "him" || w == "her") && v > 0 && (toks[v-1].Norm == "call" || toks[v-1].Norm == "calls"):
		return v + 1
	}
	return -1
}

// nicknamePronoun: the object pronoun of « on l'appelle », « on la
// surnomme ».
func nicknamePronoun(w string) bool { return w == "l" || w == "la" || w == "le" }

// placeBefore: a place or an event is named within three tokens before
// token v (« le quartier surnommé », « the festival known as », a
// commune).
func (a *analysis) placeBefore(v int) bool {
	for i := max(0, v-3); i < v; i++ {
		if a.s.Toks[i].IsAny(cVenue, cPublicEvents, cEventHeads) || landmarks[a.s.Toks[i].Norm] || streetWords[a.s.Toks[i].Norm] {
			return true
		}
		if end, _ := a.communeAt(i); end > i {
			return true // « Saint-Malo, surnommée la Cité corsaire »
		}
	}
	return false
}

// personBefore: what the nickname names, just before token v, is a
// person: nothing (« surnommé Rambo par les jeunes »), a name or a first
// name, a person noun, a pronoun or a possessive (« son surnom »).
func (a *analysis) personBefore(v int) bool {
	toks := a.s.Toks
	if v == 0 || toks[v].Norm == "appelle" || toks[v].Norm == "appellent" || toks[v].Norm == "appelait" || toks[v].Norm == "him" || toks[v].Norm == "her" {
		return true
	}
	for i := max(0, v-4); i < v; i++ {
		if a.named(i) || toks[i].IsAny(cFirst, cPerson) {
			return true
		}
		switch toks[i].Norm {
		case "son", "sa", "his", "her", "their", "leur", "il", "elle", "he", "she":
			return true
		}
	}
	return false
}

// nicknameFirstBytes are the first bytes of the words nicknameStart
// reads: those of the data file and of the pairs written here.
var nicknameFirstBytes = func() (t [256]bool) {
	for w := range nicknameWords {
		t[w[0]] = true
	}
	for _, w := range []string{"known", "appelle", "calls", "him", "her"} {
		t[w[0]] = true
	}
	return t
}()

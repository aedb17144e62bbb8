package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A programme or a reading sheet gives the title of a work, then its
// characters (« Ciné-club : « Le Grand Bleu » — Jacques Mayol et Enzo
// Molinari », "Book club: 'Great Expectations' — Pip, Estella and Miss
// Havisham", « « Huis clos » : Garcin, Inès et Estelle »): the names
// after a quoted title, in a sentence that speaks of a work, are the
// work's (issue 7, section 4), as in a story frame (story_frame.go).
//
// The same line announces an outing with the association's people
// (« Ciné-club « Le Grand Bleu » : Mme Roux aura besoin de la rampe »):
// a verb of soon or a past tense (« a fait un malaise pendant la
// séance ») says the sentence tells what real people do, not the story,
// whose summary is in the present; the ties, the cast and the news of
// storySentence keep a person too, and so does the name right after the
// title's « de », "by" (its author).

// titleWorkWords name a work of fiction or a show of one a title may
// belong to, besides the story works (story_works.txt). Not a reading,
// a book, a poem, a song, an exhibition: a member writes, sings and
// shows their own life in them.
var titleWorkWords = lexicon.WordSet{"theatre": true, "storytime": true, "panto": true, "pantomime": true,
	"cine": true, "cinema": true, "cineclub": true, "projection": true, "screening": true, "marionnettes": true,
	"puppets": true, "jeu": true, "game": true, "cartoon": true}

// titleWorks are the story works but a song or a show: a member sings
// and shows their own life in them.
var titleWorks = func() lexicon.WordSet {
	w := lexicon.WordSet{}
	for n := range storyWorks {
		switch n {
		case "chanson", "chansons", "song", "spectacle", "story", "stories":
		default:
			w[n] = true
		}
	}
	return w
}()

// titleAges say a person's age (« 34 ans », "34 years old"): a line about
// a real person gives it, a programme seldom.
var titleAges = lexicon.WordSet{"ans": true, "years": true, "yrs": true}

// titleTold returns the first token after the quoted title of a work the
// sentence gives before its characters, or -1.
func (a *analysis) titleTold() int {
	if a.titleAfter() < 0 || !a.anyWordIn(titleWorks) && !a.anyWordIn(titleWorkWords) || a.anyWordIn(titleAges) {
		return -1 // the title first: it reads no word set, and most sentences have none
	}
	return a.titleAfter()
}

// titleAfter returns the first token after a quoted title followed by a
// colon, a dash or a comma, or -1.
func (a *analysis) titleAfter() int {
	toks := a.s.Toks
	for k := 0; k < len(toks); k++ {
		if !toks[k].Has(text.Cap) {
			continue
		}
		e := a.titleEnd(k)
		if e <= k || e >= len(toks) {
			continue
		}
		gap := a.text[toks[e-1].End:toks[e].Start]
		if strings.ContainsAny(gap, ":—–-,(") {
			return e // « « Le Roi lion » — Simba, Nala »
		}
		k = e - 1
	}
	return -1
}

// titleEnd returns the token after the title that opens at k, in double
// quotes (« … », "…") or single ones ('…'), or k when none opens there.
func (a *analysis) titleEnd(k int) int {
	toks := a.s.Toks
	if toks[k].Has(text.Quoted) {
		e := k + 1
		for e < len(toks) && !toks[e].Has(text.Quoted) {
			e++
		}
		return e
	}
	prev := a.s.Start
	if k > 0 {
		prev = int(toks[k-1].End)
	}
	gap := a.text[prev:toks[k].Start]
	if !strings.HasSuffix(gap, "'") && !strings.HasSuffix(gap, "‘") || k > 0 && !strings.ContainsAny(gap, " \t") {
		return k // an elision (« l'Étranger »), not a quote
	}
	e := k + 1
	for e < len(toks) && !strings.ContainsAny(a.text[toks[e-1].End:toks[e].Start], "'’") {
		e++
	}
	return e
}

// toldNow: no verb of the sentence speaks of soon or of the past, the
// tenses of an outing; a summary is in the present.
func (a *analysis) toldNow() bool {
	for k, t := range a.s.Toks {
		switch t.Norm {
		case "will", "sera", "seront", "aura", "auront", "ont", "avait", "avaient", "had", "has", "have", "was", "were":
			return false
		case "a":
			if a.text[t.Start:t.End] == "a" && k+1 < len(a.s.Toks) && pastParticiple(a.text[a.s.Toks[k+1].Start:a.s.Toks[k+1].End]) {
				return false // « a fait un malaise », not « à », not "a banker"
			}
		}
		if !t.Has(text.Cap) && !t.IsAny(cWork, cStoryCue) && a.futureAt(k) {
			return false
		}
	}
	return true
}

// pastParticiple: the word ends as a French past participle does (« fait »,
// « été », « adoré », « perdu », « pris »).
func pastParticiple(w string) bool {
	for _, suf := range []string{"é", "i", "u", "it", "is", "ert", "int"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

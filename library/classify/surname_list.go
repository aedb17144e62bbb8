package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A list of surnames after a label (« Absents excusés : Haddad, Rivière,
// Van Hecke, Ba. », « Ordre de passage : Kerjean, Bouaziz, Nowak »,
// « Binômes : Moreau/Tall, Kermarrec/Pinto ») names people, as a list of
// first names does (name_list.go): a surname alone needs a word that
// introduces a person (positionSurname), and a list after a colon is
// that word. Each item is one capitalised word, or a capitalised
// particle and one (« Van Hecke », « Le Bras »), perhaps followed by a
// bracket (« Giraud (2023) »); items are parted by commas, semicolons,
// slashes, « et », "and". Three items at least, two of them surnames of
// the lists that are no French word, the others no word either; a
// commune, a common word or a venue breaks the list (« Étapes :
// Montbrison, Feurs, Boën »), and a list made mostly of the last words
// of famous names, in a sentence that speaks of works or public events,
// is a programme (« Au programme : Debussy, Ravel, Satie »); many
// common surnames end a famous name (Giraud, Lopes), so the last words
// alone prove nothing.

// findSurnameList reports each item of such a list as a name.
func (a *analysis) findSurnameList() {
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		if toks[i].Sep != ':' {
			continue
		}
		var items [12][2]int
		n, listed, famous := 0, 0, 0
		k := i
		for k < len(toks) && n < len(items) {
			if n > 0 && !a.listSep(k) {
				break
			}
			if n > 0 && (toks[k].Norm == "et" || toks[k].Norm == "and") && toks[k].Sep == 0 {
				k++
			}
			e, sure, ok := a.surnameItem(k)
			if !ok {
				break
			}
			items[n] = [2]int{k, e}
			n++
			if sure {
				listed++
			}
			if toks[e-1].Is(cFamousLast) {
				famous++
			}
			k = a.skipYearBracket(e)
		}
		if n < 3 || listed < 2 || 2*famous > n && a.worksSpoken() || k < len(toks) && !isClauseSep(toks[k].Sep) && toks[k].Sep != '.' {
			continue // too short, or the list goes on in words: not a bare list
		}
		for _, it := range items[:n] {
			if !a.nameCovers(it[0]) {
				a.reportName(it[0], it[1])
			}
		}
		i = k
	}
}

// listSep: token k follows a list separator (a comma, a semicolon, a
// slash, after a bracket closed or not) or is « et », "and".
func (a *analysis) listSep(k int) bool {
	toks := a.s.Toks
	if strings.ContainsAny(a.text[toks[k-1].End:toks[k].Start], ",;/") {
		return true
	}
	return toks[k].Norm == "et" || toks[k].Norm == "and"
}

// surnameItem reads one item of a surname list at k: its end, whether it
// is a surname of the lists, and whether it can be a surname at all.
func (a *analysis) surnameItem(k int) (int, bool, bool) {
	toks := a.s.Toks
	if k >= len(toks) || a.consumed[k] {
		return 0, false, false
	}
	w := k
	if toks[k].Is(cSurnameParticles) || toks[k].Norm == "van" || toks[k].Norm == "de" {
		w = k + 1 // « Van Hecke », « Le Bras », « Da Cruz »
		if w >= len(toks) || !toks[k].Has(text.Cap) || toks[w].Sep != 0 {
			return 0, false, false
		}
	}
	t := &toks[w]
	if !t.Has(text.Cap) || t.Has(text.Upper) && len(t.Norm) <= 4 || a.consumed[w] || t.IsAny(cFirst, cCivility, cPerson, cOrg) ||
		t.IsAny(cCapWord, cVenue) && !t.Is(cLast) { // « Rivière » is a word, a place and a surname
		return 0, false, false
	}
	commune := false
	if end, _ := a.communeAt(k); end > k {
		if !t.Is(cLast) {
			return 0, false, false
		}
		commune = true // « Rivière » is a commune and a surname: an item, not a sure one
	}
	sure := t.Is(cLast) && !t.Is(cAmbig) && !commune && !lexicon.IsFrenchWord(t.Norm)
	if !sure && !t.Is(cLast) && !a.unknownCapWord(w) && !(w > k && a.isName(w)) {
		return 0, false, false
	}
	return a.extend(w + 1), sure, true
}

// skipYearBracket passes a bracket of digits after an item (« Giraud
// (2023) »).
func (a *analysis) skipYearBracket(e int) int {
	toks := a.s.Toks
	if e < len(toks) && strings.Contains(a.text[toks[e-1].End:toks[e].Start], "(") && toks[e].Has(text.Digit) {
		return e + 1
	}
	return e
}

// worksSpoken: the sentence speaks of works, public events or famous
// persons' context (the cues of famous_cues.go publicCue).
func (a *analysis) worksSpoken() bool {
	fl := famousLists()
	return a.anyWordIn(fl.context) || a.anyWordIn(fl.events) || a.sentCls.Intersects(classesOf(cWork, cTopicWords, cPublicEvents))
}

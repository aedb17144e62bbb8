package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Places taken for persons (issue 7, section 4). Many communes are also
// surnames in the lists (Lyon, Dijon, Marseille), so a commune that opens
// a sentence or follows a comma looked like someone. Two communes joined
// in a list (« Lyon et Marseille », "Besançon, Dijon and Belfort") are
// places; so is a large town standing alone, unless a civility or a first
// name says it is a person's name (« M. Lyon », « Marie Dijon »).

// placeJoiners join the items of a list of places (data/words/place_list_joiners.txt).
var placeJoiners = lexicon.Words(lexicon.Data, "place_list_joiners")

// bigTown is the population from which a commune alone is a place
// rather than a surname: few people bear the name of a city everyone knows.
const bigTown = 60000

// placeSpan is one commune of the sentence, as a token range.
type placeSpan struct {
	i, end int
	first  bool // the word is also a first name (Nancy, Lourdes)
	pop    int32
}

// markPlaceLists explains away the communes of a list and the large
// towns, before the name shapes run.
func (a *analysis) markPlaceLists() {
	if !a.hasAny(cLast, cFirst, cAmbig) {
		return // no word the name shapes could take for a person
	}
	toks := a.s.Toks
	var buf [8]placeSpan
	spans := buf[:0]
	for i := 0; i < len(toks) && len(spans) < cap(buf); i++ {
		if !a.placeCandidate(i) {
			continue
		}
		if end, pop := a.communeAt(i); end > i {
			spans = append(spans, placeSpan{i: i, end: end, first: toks[i].IsAny(cFirst, cAmbig), pop: pop})
			i = end - 1
		}
	}
	for k, p := range spans {
		linked := k > 0 && a.placesLinked(spans[k-1], p) && !(p.first && spans[k-1].first) ||
			k+1 < len(spans) && a.placesLinked(p, spans[k+1]) && !(p.first && spans[k+1].first)
		if (linked || p.pop >= bigTown && !p.first) && !a.personNamedAt(p.i) {
			for j := p.i; j < p.end; j++ {
				a.consumed[j] = true
			}
		}
	}
}

// placesLinked: commune q follows commune p in a list, after a comma or
// one joining word.
func (a *analysis) placesLinked(p, q placeSpan) bool {
	toks := a.s.Toks
	if q.i == p.end {
		return toks[q.i].Sep == ',' || toks[q.i].Sep == '/'
	}
	return q.i == p.end+1 && placeJoiners[toks[p.end].Norm] && !isClauseSep(toks[p.end].Sep)
}

// personNamedAt: the word at i is part of a person's name: a civility or
// a first name before it, a first name glued after it, or it is a first
// name itself followed by a capitalised word.
func (a *analysis) personNamedAt(i int) bool {
	toks := a.s.Toks
	if i > 0 && (toks[i].Sep == 0 || toks[i].Sep == '.') && toks[i-1].IsAny(cCivility, cFirst, cAmbig) && toks[i-1].Has(text.Cap) {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Sep != 0 || !toks[i+1].Has(text.Cap) {
		return false
	}
	// « Lyon Marie »; a first name then a capitalised word: « Marie Dijon »
	return toks[i+1].IsAny(cFirst, cAmbig) || toks[i].IsAny(cFirst, cAmbig)
}

// placeCandidate: token i may open a commune that the name shapes would
// take for a person: a capitalised word of the name lists, or one next
// to a comma or a joining word (an item of a list). A part of a hyphenated word is none
// (« Jean-Pierre »): the shapes read compounds from their start.
func (a *analysis) placeCandidate(i int) bool {
	t := &a.s.Toks[i]
	if a.consumed[i] || !t.Has(text.Cap) || !t.Has(text.Letter) || t.Has(text.Upper) || t.Sep == '-' || t.Sep == '\'' {
		return false
	}
	if t.IsAny(cLast, cFirst, cAmbig) || t.Sep == ',' || i > 0 && a.s.Toks[i-1].Is(cPlaceJoiners) {
		return true
	}
	return i+1 < len(a.s.Toks) && (a.s.Toks[i+1].Sep == ',' || a.s.Toks[i+1].Is(cPlaceJoiners))
}

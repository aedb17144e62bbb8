package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A maxim is handed down with the name of whoever said it: « Comme disait
// Marcel Pagnol, l'honneur c'est comme les allumettes », « Comme le
// chantait Georges Brassens, mourir pour des idées… », « « La culture,
// c'est ce qui reste… », disait Édouard Herriot », "As Nelson Mandela put
// it, education is the most powerful weapon", « Pour reprendre les mots
// de Stéphane Hessel : indignez-vous ! ». No kept list holds every author
// of a saying; the frame does: the attribution (« comme » and a verb of
// saying in the past, or a quotation closed before « disait »), a full
// name, and a saying that is no news of anyone: no moment (« samedi »,
// « ce matin », a day or a month), no figure, no « je », « nous », « notre », no one told
// of (« il » only as in « il faut »). A member quoted with news (« Comme
// l'a dit Paul Durand, il ne viendra pas samedi ») or told at an occasion
// of ours (« Comme disait Josiane à la réunion : … ») keeps a name, and the
// guards of a famous name (famousGuarded: a civility, a relation, news, a
// verb of now) still apply.

var (
	maximUses   = readWordUses(lexicon.Data, "maxim_words")
	maximPast   = maximUses.of("past")       // « disait », "said": a saying of the past alone
	maximDone   = maximUses.of("done")       // « dit », « écrit »: past only after « a », « avait »
	maximGlue   = maximUses.of("glue")       // « le », « l' », « a », "once" between « comme » and the name
	maximWords  = maximUses.of("words")      // « reprendre les mots de », "in the words of"
	impersonal  = maximUses.of("impersonal") // « il faut », « il y a »: no one told of
	maximOurs   = maximUses.of("ours")       // « je », « notre », « le bureau »: news of ours, not a maxim
	maximQuote  = maximUses.of("quote")      // « pour citer », "to quote" before the name and a colon
	maximPraise = maximUses.of("praise")     // « si bien », « joliment »: a present « dit » praised is a saying's
)

// maximAuthor: the full name at [i, j) signs a maxim.
func (a *analysis) maximAuthor(i, j int) bool {
	if j-i < 2 {
		return false
	}
	end := j // where the attribution ends and the saying starts
	if e := a.attributedAfter(i, j); e > 0 {
		end = e
	} else if !a.attributedBefore(i) && !a.quotedThenSaid(i, j) && !a.quotedAfterColon(i, j) {
		return false
	}
	if end < len(a.s.Toks) && !isClauseSep(a.s.Toks[end].Sep) && a.s.Toks[end-1].Norm != "that" {
		return false // « Comme disait Josiane Ferrand à la réunion : … », "as Karen put it at the meeting"
	}
	return a.sayingOfNoOne(i, j)
}

// attributedBefore: « comme [le|l'a] disait | a dit » right before the
// name, « comme » opening a clause, or « pour reprendre les mots de »,
// "in the words of".
func (a *analysis) attributedBefore(i int) bool {
	toks := a.s.Toks
	if i >= 4 && (toks[i-1].Norm == "de" || toks[i-1].Norm == "of") && maximWords[toks[i-2].Norm] &&
		(toks[i-3].Norm == "les" || toks[i-3].Norm == "the") && maximWords[toks[i-4].Norm] {
		return true // « reprendre | selon les mots de », "in the words of"
	}
	said, done, praised := false, false, false
	for k := i - 1; k >= max(0, i-5); k-- {
		w := toks[k].Norm
		switch {
		case w == "comme" && (k == 0 || isClauseSep(toks[k].Sep)):
			return said || done && (praised || a.auxiliaryBetween(k, i))
		case maximPast[w]:
			said = true
		case maximDone[w]:
			done = true
		case maximPraise[w]:
			praised = true // « comme le dit si bien »: a saying praised, not a member's word of today
		case !maximGlue[w]:
			return false
		}
	}
	return false
}

// quotedAfterColon: « Pour citer Hubert Reeves : … », "To quote Mary
// Oliver: …": the verb of quoting opens the sentence, a colon closes the
// name.
func (a *analysis) quotedAfterColon(i, j int) bool {
	toks := a.s.Toks
	return i == 2 && maximQuote[toks[1].Norm] && (toks[0].Norm == "pour" || toks[0].Norm == "to") &&
		j < len(toks) && toks[j].Sep == ':'
}

// auxiliaryBetween: « a » or « avait » stands between from and to: « a
// dit » is past, « dit » alone a member's present.
func (a *analysis) auxiliaryBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch a.s.Toks[k].Norm {
		case "a", "avait":
			return true
		}
	}
	return false
}

// attributedAfter: "As Nelson Mandela (once) said | put it | wrote",
// "As Dolly Parton likes to say", or the name opening the sentence before
// "once said (that)";
// it returns the token after the verb and its glue ("put it"), 0 if the
// name is not so attributed ("in the words of …" is read by
// attributedBefore).
func (a *analysis) attributedAfter(i, j int) int {
	toks := a.s.Toks
	if i == 0 && j+2 < len(toks) && (toks[j].Norm == "once" || toks[j].Norm == "famously") && maximPast[toks[j+1].Norm] {
		if toks[j+2].Norm == "that" {
			return j + 3 // "Eleanor Roosevelt once said that no one can…"
		}
		return j + 2
	}
	if i == 0 || toks[i-1].Norm != "as" || i > 1 && !isClauseSep(toks[i-1].Sep) {
		return 0
	}
	said := false
	for stop := min(len(toks), j+3); j < stop && (maximGlue[toks[j].Norm] || maximPast[toks[j].Norm]); j++ {
		said = said || maximPast[toks[j].Norm] // "once said", "put it"
	}
	if !said {
		return 0
	}
	return j
}

// quotedThenSaid: « « … », disait Édouard Herriot. »: the name ends the
// sentence after a verb of saying in the past that follows a closing
// quotation mark.
func (a *analysis) quotedThenSaid(i, j int) bool {
	toks := a.s.Toks
	if i < 2 || j != len(toks) || !maximPast[toks[i-1].Norm] {
		return false
	}
	between := a.text[toks[i-2].End:toks[i-1].Start]
	return strings.ContainsAny(between, "»”\"")
}

// maximReach bounds a maxim's sentence, attribution and saying, in
// tokens.
const maximReach = 48

// sayingOfNoOne: outside the name, the sentence (at most maximReach
// tokens) holds no moment, no figure, no word of ours and no one told
// of.
func (a *analysis) sayingOfNoOne(i, j int) bool {
	toks := a.s.Toks
	if len(toks) > maximReach {
		return false // a maxim is short; and a long sentence of names asks this of each
	}
	for k := range toks {
		if k >= i && k < j {
			continue
		}
		t := &toks[k]
		if t.Has(text.Digit) || atMoment(toks, k) || dayWords[t.Norm] || maximOurs[t.Norm] && !text.Joined(toks, k, '-') { // atMoment: general_present.go; « indignez-vous »; dayWords: month_names.go, « fermé samedi »
			return false
		}
		if thirdPersons[t.Norm] && !(k+1 < len(toks) && impersonal[toks[k+1].Norm]) {
			return false // « il ne viendra pas », not « il faut »
		}
	}
	return true
}

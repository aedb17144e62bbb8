package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// History of public life names people no kept list holds (« Simone Veil a
// défendu la loi sur l'IVG devant l'Assemblée nationale en novembre
// 1974 », « Geneviève de Gaulle-Anthonioz a présidé ATD Quart Monde de
// 1964 à 1998 et porté la loi contre les exclusions »): the frame is a
// deed (« a défendu », « a porté », « à l'initiative de ») in the making
// of a law of the nation named with its topic, dated a generation ago. A
// career or a life told of a member has no such frame, and the guards
// of a famous name (famousGuarded: a civility, contact details, a
// relation, news, a verb of now) still keep a person; so does a
// special-category word told as a fact (« condamné », « séropositive »),
// which may be the person's own. The topic of a law (« la loi sur
// l'IVG », « a dépénalisé l'homosexualité ») is no fact.

// generationAgo is the first year that is not a generation ago: fixed,
// so that the rule gives the same verdict every year.
const generationAgo = "2000"

var (
	publicLifeWords = lexicon.Words(lexicon.Data, "public_life_words") // a law named with its topic, an act of the legislator
	publicDeedVerbs = lexicon.Words(lexicon.Data, "public_deed_verbs") // a deed in them: « a défendu », "steered"
)

// datedYearLinks make a number a date, besides year_links.txt: the ends
// of a span (« de 1964 à 1998 », "from 1964 to 1998").
var datedYearLinks = map[string]bool{"de": true, "a": true, "from": true, "to": true, "et": true, "and": true}

// datedPublicDeed: the name at [i, j), a full name, stands in a sentence
// of public life dated before generationAgo, with no special-category
// word told as a fact.
func (a *analysis) datedPublicDeed(i, j int) bool {
	if !a.digits {
		return false // no year: the cheapest test first, as every name asks
	}
	if j-i < 2 {
		j = a.particleTail(i, j) // « Geneviève | de Gaulle-Anthonioz »
	}
	if j-i < 2 || !a.has(cPublicDeedVerb) || !a.publicLifeFrame() || a.specialFact() {
		return false
	}
	if a.kinNamed() || a.tiedOrTold() || a.futureAt(j) || a.presentAgent(i) {
		return false // as longAgo: kin, a relation or news anywhere, a verb of soon or of now
	}
	return a.pastYearNear(i, j)
}

// publicLifeFrame: the sentence names a law with its topic or an act of
// the legislator (public_life_words.txt): « la loi sur l'IVG », "the Equal
// Pay Act", « a dépénalisé », not « a enfreint la loi ».
func (a *analysis) publicLifeFrame() bool {
	toks := a.s.Toks
	for k, t := range toks {
		if !publicLifeWords[t.Norm] {
			continue
		}
		switch t.Norm {
		case "loi", "lois", "law", "laws", "act":
			if a.lawNamed(k) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// lawNamed: the law word at k comes with its topic or its name: a link
// after it (« la loi sur … », "the law on …"), a capitalised word after
// it (« la loi Veil ») or, in English, before it ("the Equal Pay Act").
func (a *analysis) lawNamed(k int) bool {
	toks := a.s.Toks
	if k+1 < len(toks) && !isClauseSep(toks[k+1].Sep) && (lawTopicLinks[toks[k+1].Norm] || toks[k+1].Has(text.Cap)) {
		return true
	}
	return k > 0 && toks[k].Norm != "loi" && toks[k].Norm != "lois" && toks[k-1].Has(text.Cap) && toks[k-1].Sep == 0
}

// specialFact: a special-category word of the sentence is no object of
// a law: « la loi sur l'IVG », « a dépénalisé l'homosexualité » are
// topics; « a obtenu la nationalité », « séropositif » are the person's.
func (a *analysis) specialFact() bool {
	if a.dictHits&dictsOf(dSpecial) == 0 {
		return false
	}
	for _, sp := range a.spansOf(dSpecial, nil) {
		if !a.lawObject(sp.i) {
			return true
		}
	}
	return false
}

// lawTopicLinks join a law to its topic (« la loi sur l'IVG »).
var lawTopicLinks = prepositionUses.of("law-topic")

// lawObject: token i follows a definite article that follows a word of
// the law or of public life, past a link at most.
func (a *analysis) lawObject(i int) bool {
	toks := a.s.Toks
	if i < 2 || !toks[i-1].Is(cDefiniteArticles) {
		return false
	}
	q := i - 2
	if lawTopicLinks[toks[q].Norm] && q > 0 {
		q--
	}
	return publicLifeWords[toks[q].Norm] || lawWords[toks[q].Norm]
}

// particleTail: the end of a first name followed by a particle surname
// (« Geneviève de Gaulle-Anthonioz »), or j when none follows.
func (a *analysis) particleTail(i, j int) int {
	toks := a.s.Toks
	if j != i+1 || j+1 >= len(toks) || !isParticle(toks[j].Norm) || toks[j].Sep != 0 || toks[j+1].Sep != 0 && toks[j+1].Sep != '\'' {
		return j
	}
	if !toks[i].IsAny(cFirst, cAmbig) || !a.isName(j+1) {
		return j
	}
	return a.extend(j + 2)
}

// pastYearNear: a year before generationAgo stands in the sentence of
// the name, as a date (a link word or a month before it), not a birth
// year. The whole sentence: a dated deed is told in one (« En 1982, … à
// l'initiative de Robert Badinter »).
func (a *analysis) pastYearNear(i, j int) bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		w := toks[k].Norm
		if k >= i && k < j || len(w) != 4 || !isDigits(w) || w < "1000" || w >= generationAgo {
			continue
		}
		p := toks[k-1].Norm
		if !yearLinks[p] && !datedYearLinks[p] && !a.lex.in(p, cCapWord) {
			continue // « rating 1640 »: a number, not a date
		}
		if famousLists().history[p] || k > 1 && famousLists().history[toks[k-2].Norm] {
			continue // « née en 1938 »
		}
		return true
	}
	return false
}

// englishKinDets stand before the English noun "son" ("his son"); the
// French « son » is a possessive (« son programme ») and names no kin.
var englishKinDets = map[string]bool{"his": true, "her": true, "my": true, "your": true, "their": true, "our": true, "a": true, "the": true, "whose": true}

// kinNamed: the sentence names kin (a family's history is private).
func (a *analysis) kinNamed() bool {
	if !a.has(cKin) {
		return false
	}
	toks := a.s.Toks
	for k, t := range toks {
		if t.Is(cKin) && (t.Norm != "son" || k > 0 && englishKinDets[toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

// takenFullName: token k ends a full name already taken as a public one
// (a first name and a surname, both taken): the name after « et » is the
// next item of the same list (« à l'initiative de Robert Badinter et
// Gisèle Halimi »), not someone the « et » introduces.
func (a *analysis) takenFullName(k int) bool {
	toks := a.s.Toks
	return k > 0 && a.consumed[k] && a.consumed[k-1] && toks[k].Has(text.Cap) && toks[k-1].Has(text.Cap) &&
		toks[k-1].IsAny(cFirst, cAmbig) && toks[k].Sep == 0
}

package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Titles of works, games and tales hold capitalised words that are no
// person (issue 7, section 4): « Film de la semaine : Harry Potter à
// l'école des sorciers », « le jeu Mario Kart », « les aventures de Peter
// Pan », "the play Hamlet". A work word followed, in its clause, by a
// colon, or directly by an article and a capitalised word, opens a title;
// its capitalised words are explained away before the name shapes run.
// A work's owner is no title: « le livre de Karima » keeps its name, and
// so does a civility (« Film : Mme Durand… »).

// storyHeads are the nouns whose « de » introduces a hero (« aventures
// de »); with title_heads.txt they make the class cTitleHead.
var storyHeads = lexicon.Words(lexicon.Data, "story_heads")

// titleArticles may stand between a work word and its title (data/words/title_articles.txt).
var titleArticles = lexicon.Words(lexicon.Data, "title_articles")

// markTitles explains away the capitalised words of the titles of the sentence.
func (a *analysis) markTitles() {
	if !a.hasAny(cWork, cTitleHead) {
		return // the sentence's classes say it at once
	}
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].IsAny(cWork, cTitleHead) {
			continue
		}
		story := toks[k].Is(cStoryHeads)
		if s := a.titleStart(k+1, story); s > 0 && !toks[s].Is(cCivility) && !a.personAfterHeading(s) {
			a.consumeCaps(s)
		}
	}
}

// titleStart returns the first token of the title after a work word at
// k-1, or 0: the word after a colon that follows within four words
// (« Film de la semaine : »), or a capitalised word right after the work
// word or its article (« le film Intouchables », « lecture du Petit
// Prince »; after a story word, « de » too).
func (a *analysis) titleStart(k int, story bool) int {
	toks := a.s.Toks
	for j := k; j < min(len(toks), k+5); j++ {
		if toks[j].Sep == ':' {
			if toks[j].Has(text.Cap) {
				return j
			}
			return 0
		}
		if j > k && isClauseSep(toks[j].Sep) {
			break
		}
	}
	j := k
	if j < len(toks) && toks[j].Sep == 0 && (titleArticles[toks[j].Norm] || story && (toks[j].Norm == "de" || toks[j].Norm == "d" || toks[j].Norm == "of")) {
		j++
	}
	if j < len(toks) && toks[j].Has(text.Cap) && toks[j].Has(text.Letter) && !isClauseSep(toks[j].Sep) {
		return j
	}
	return 0
}

// personAfterHeading: the title after a heading's colon opens on a first
// name and a capitalised word that no list of famous names holds, and a
// verb said of a person follows (« Club de lecture : Nadia Benali est à
// l'hôpital »), or a first name alone stays in a place of care (« Club
// lecture : Janine est à l'hôpital »): a member's news under the heading,
// not a title. A famous
// character or author (« Jane Eyre ») and a title said alone (« Film :
// Mary Poppins, avec goûter ») stay titles.
func (a *analysis) personAfterHeading(s int) bool {
	toks := a.s.Toks
	if toks[s].Sep != ':' && !(toks[s].Sep == '-' && toks[s].Spaced) || s+1 >= len(toks) {
		return false // after a colon or a spaced dash: « Club lecture - Janine est à l'hôpital »
	}
	t, u := toks[s], toks[s+1]
	if t.Is(cFirst) && !t.Is(cAmbig) && (u.Is(cPersonVerbs) || statingCopulas[u.Norm]) && a.careStayWithin(s+2, 4) {
		return true // « Club lecture : Janine est à l'hôpital »: a member's stay, no title
	}
	if t.Is(cFirst) && !t.Is(cAmbig) && !strings.ContainsAny(a.text, "«“\"") && a.specialWithin(s+1, 3) {
		return true // « Ciné-club : Paul sort de prison »: a fact right after a first name, and no title quoted in the value
	}
	if !t.Is(cFirst) || t.Is(cAmbig) || !u.Has(text.Cap) || u.Sep != 0 || u.Is(cCivility) {
		return false
	}
	if k := s + 2; k >= len(toks) || toks[k].Sep != 0 || !a.personVerbAt(k) && !statingCopulas[toks[k].Norm] && !stateVerbs[toks[k].Norm] {
		return false // « Movie afternoon: Mary Poppins, with tea »: a title said alone
	}
	listed, _ := a.listedFamous(s, s+2)
	return !listed
}

// careStayWithin: a place of care stands within n tokens from k, after
// a preposition of a stay (« à l'hôpital », "in hospital").
func (a *analysis) careStayWithin(k, n int) bool {
	toks := a.s.Toks
	for m := k; m < min(len(toks), k+n); m++ {
		if isClauseSep(toks[m].Sep) {
			return false
		}
		if toks[m].Is(cCareStay) && m > 0 && (stayPrepositions[toks[m-1].Norm] || englishStay[toks[m-1].Norm] ||
			m > 1 && stayPrepositions[toks[m-2].Norm]) {
			return true
		}
	}
	return false
}

// specialWithin: a special-category entry starts within n tokens from k,
// in the same clause.
func (a *analysis) specialWithin(k, n int) bool {
	toks := a.s.Toks
	for m := k; m < min(len(toks), k+n); m++ {
		if m > k && isClauseSep(toks[m].Sep) {
			return false
		}
		if _, val := a.at(dSpecial, m); val != 0 {
			return true
		}
	}
	return false
}

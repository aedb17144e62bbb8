package classify

import "tamis/library/classify/lexicon"

// The law lists the grounds of a discrimination by their special
// categories: « il est interdit de discriminer quelqu'un en raison de son
// handicap, de sa religion ou de son orientation sexuelle », "it is
// unlawful to discriminate against someone because of disability,
// religion or sexual orientation". Said of anyone, these words are the
// grounds, not a fact about someone.

var (
	discriminationActs  = lexicon.Words(lexicon.Data, "discrimination_acts")
	discriminationLinks = byFirstWord(phraseWords(wholeWordPhrases("discrimination_links")))
)

// discriminationGround: the special-category word at sp follows a word of
// discriminating and a link to its grounds, the sentence names no one,
// points at no one but anyone (« quelqu'un », "someone", « une
// personne ») and states the law (« interdit », "unlawful"). « Karim a
// été discriminé en raison de sa religion », "he was discriminated
// against because of his disability" stay facts.
func (a *analysis) discriminationGround(sp span) bool {
	if len(a.names) > 0 || len(a.sdirect) > 0 || !a.wholeValue() {
		return false
	}
	toks := a.s.Toks
	act := -1
	for k := 0; k < sp.i; k++ {
		if discriminationActs[toks[k].Norm] {
			act = k
			break
		}
	}
	if act < 0 {
		return false
	}
	link, words := phraseAt(toks[act+1:], sp.i-act-1, discriminationLinks, false)
	if link < 0 || a.possibleNameIn() || !a.groundsListed(act+1+link+len(words), sp.i) {
		return false
	}
	for _, an := range a.anchors {
		if !a.indefiniteAnchor(an.k) {
			return false
		}
	}
	law, owner, anyone := false, false, len(a.anchors) > 0
	for k := range toks {
		law = law || lawWords[toks[k].Norm] // law_statements.go: « interdit », "unlawful"
		owner = owner || isPossessive(toks[k].Norm)
	}
	// « a subi une discrimination en raison de son handicap »: a case, no
	// law; « son handicap » needs its « quelqu'un »
	return law && (!owner || anyone)
}

// groundsListed: the tokens [from, to) between the link and the term are
// a list of grounds: articles, possessives, « de », a comma, « et »,
// « ou », or other special words (« en raison de son handicap, de sa
// religion ou de son orientation sexuelle »); « ; Pierre est musulman »
// is another clause.
func (a *analysis) groundsListed(from, to int) bool {
	toks := a.s.Toks
	for k := from; k < to; k++ {
		w := toks[k].Norm
		if k > from && (toks[k].Sep == ';' || toks[k].Sep == ':') {
			return false
		}
		if isArticle(w) || isPossessive(w) || listJoins[w] || w == "de" || w == "d" || w == "of" || w == "their" || a.specialTermAt(k) {
			continue
		}
		return false
	}
	return true
}

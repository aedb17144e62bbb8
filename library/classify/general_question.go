package classify

import "tamis/library/classify/lexicon"

// « Quelles sont les étapes d'une rupture conventionnelle ? », "How
// should a small charity negotiate a lease?", « Explique la différence
// entre un bilan et un compte de résultat »: a question about how things
// are done or what a notion is, asked for anyone. The confidential
// matter's word (a negotiation, a merger, a dismissal) is its topic: no
// matter of ours is told. The association's voice (« notre », « on »,
// "we"), the writer's, a name, someone pointed at, an amount or a fact
// told in a clause (« … que la subvention ne sera pas renouvelée ? »,
// "… that a youth worker has been suspended?") make it a question about
// our own case, which stays blocked.

// explainWords open a request to explain a notion.
var explainWords = lexicon.Words(lexicon.Data, "explain_words")

// ourCaseWords are the association's and the writer's own voice.
var ourCaseWords = lexicon.Words(lexicon.Data, "our_case_words")

// generalQuestion: the sentence opens with a question word or a request
// to explain, and holds no voice of ours, no name, no one pointed at
// (an indefinite « un salarié » is anyone), no amount and no clause
// opened by « que » or "that".
func (a *analysis) generalQuestion() bool {
	toks := a.s.Toks
	if len(toks) == 0 || !interrogatives[toks[0].Norm] && !explainWords[toks[0].Norm] || len(a.names) > 0 || a.hasMoney() {
		return false
	}
	for k := range toks {
		if ourCaseWords[toks[k].Norm] {
			return false
		}
		if k >= 2 && (toks[k].Norm == "que" || toks[k].Norm == "qu" || toks[k].Norm == "that") {
			return false // « Comment annoncer aux bénévoles que la subvention ne sera pas renouvelée ? » tells a fact
		}
	}
	for _, an := range a.anchors {
		if !isIndefinite(toks[an.k].Norm) {
			return false
		}
	}
	return true
}

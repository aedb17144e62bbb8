package classify

import "tamis/library/classify/lexicon"

// A vague word asked of the reader is a request, not an incident: « Merci
// de signaler toute absence au secrétariat », « Pensez à signaler les
// allergies », "Please report any damage to the caretaker". A verb of
// reporting (reporting_asked.txt) follows « merci de », a word that speaks
// to the reader (addressing.txt: « pensez à », « n'hésitez pas à ») or
// "please", or follows « pour », "to" in a sentence that tells the
// reader whom to call (reader_appeal.go ordersReader: « Pour signaler un
// dépôt sauvage, appelez le 3975 »), about no one known. « Merci de
// rester discrets » asks a secret: not read here.

// reportingAsked report something to someone (data/words/reporting_asked.txt).
var reportingAsked = lexicon.Words(lexicon.Data, "reporting_asked")

// askedOfReader: the word at k is a verb of reporting that follows a
// request made to the reader.
func (a *analysis) askedOfReader(k int) bool {
	toks := a.s.Toks
	if !reportingAsked[toks[k].Norm] {
		return false // « Merci de rester discrets sur ce dossier » asks a secret
	}
	if k >= 1 && toks[k-1].Norm == "please" {
		return true
	}
	if k >= 1 && (toks[k-1].Norm == "pour" || toks[k-1].Norm == "to") && a.ordersReader() && !a.pointsAtSomeone() {
		return true // « Pour signaler un dépôt sauvage, appelez le 3975 »: a notice says whom to call
	}
	if k < 2 || toks[k-1].Norm != "de" && toks[k-1].Norm != "d" && toks[k-1].Norm != "a" {
		return false
	}
	p := k - 2
	if toks[p].Norm == "pas" && p > 0 {
		p-- // « n'hésitez pas à »
	}
	return toks[p].Norm == "merci" || toks[p].Is(cAddressing)
}

package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// The famous list (famous_names.txt) keeps names as they are spelled:
// « jeanne d'arc », "eugene o'neill", « antoine de saint exupery ». Its
// lookup missed three spellings of public text (issue 7, section 4): a
// name with an apostrophe (the key joined every token with a space), a
// surname that opens on « Saint- » (the venue pass took « Saint-Exupéry »
// for a place before the famous pass read it), and a quotation signed on
// its own line after a dash (« … monde. » — Nelson Mandela), where the
// quotation marks stand in the sentence before. The guards of
// famousGuarded still keep a person.

// famousKey appends to key the folded words of [i, j), joined as the list
// joins them: an apostrophe glued to the next word, a space otherwise.
// key may already hold the words before i.
func famousKey(key []byte, toks []text.Token, i, j int) []byte {
	for k := i; k < j; k++ {
		if len(key) > 0 {
			if text.Joined(toks, k, '\'') {
				key = append(key, '\'')
			} else {
				key = append(key, ' ')
			}
		}
		key = append(key, toks[k].Norm...)
	}
	return key
}

// saintSurname: the saint word at i ends a full name of the famous list
// that starts with a capitalised first name right before it (« Camille
// Saint-Saëns ») or before « de » (« Antoine de Saint-Exupéry »): the venue
// pass leaves it to the famous pass. Any other « Saint- » after a first
// name is read as before (« Jean de Saint-Martin » stays a person's name,
// « rue Saint-Exupéry » a street).
func (a *analysis) saintSurname(i int) bool {
	toks := a.s.Toks
	if i == 0 || i+1 >= len(toks) || !text.Joined(toks, i+1, '-') {
		return false
	}
	k := i - 1
	if toks[k].Norm == "de" && toks[k].Sep == 0 && k > 0 {
		k--
	}
	if !toks[k].Has(text.Cap) || !toks[k].IsAny(cFirst, cAmbig) || isClauseSep(toks[k+1].Sep) {
		return false
	}
	var buf [128]byte
	return famousLists().names[string(famousKey(buf[:0], toks, k, i+2))]
}

// quoteSignature: the name at i opens its sentence after a dash that
// follows a closing quotation mark: the quotation is signed by it.
func (a *analysis) quoteSignature(i int) bool {
	if i != 0 {
		return false
	}
	before := strings.TrimRight(a.text[:a.s.Toks[0].Start], " \t")
	cut := false
	for _, d := range []string{"—", "–", "-"} {
		if s, ok := strings.CutSuffix(before, d); ok {
			before, cut = strings.TrimRight(s, " \t.,"), true
			break
		}
	}
	return cut && (strings.HasSuffix(before, "»") || strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\""))
}

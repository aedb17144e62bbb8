package classify

import "tamis/library/classify/lexicon"

// A record is often named by the surname of the one it is about (« le
// dossier Kerbrat est incomplet », « la fiche Le Goff », « facture
// Moreau »): the surname right after a record noun (record_nouns.txt) is
// a person's name. Only a surname of the kept lists that no dictionary
// holds, no place and no firm named after a family counts, as for a
// surname typed alone (surname_value.go): « le dossier Erasmus », « la
// fiche Orange » name a programme and a firm.

// recordNouns name a record about one person (data/words/record_nouns.txt).
var recordNouns = lexicon.Words(lexicon.Data, "record_nouns")

// findRecordSurname reports the first surname right after a record noun.
func (a *analysis) findRecordSurname() {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if toks[k].Sep != 0 || !recordNouns[toks[k-1].Norm] || a.consumed[k] || a.coveredByName(k) {
			continue
		}
		j := k
		if valueParticles[toks[k].Norm] && k+1 < len(toks) && toks[k+1].Sep == 0 {
			j++ // « la fiche Le Goff », « le dossier Da Silva »
		}
		if !a.listedSurname(j) || a.dictionaryWord(j) || familyBrands[toks[j].Norm] || a.communeStartsAt(j) {
			continue
		}
		a.reportName(k, j+1)
		return
	}
}

package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A party leader's name is a political opinion when someone votes for
// or backs the leader (« Karim vote Macron », « fan de Mélenchon »), not
// when the leader is named acting in public: « Emmanuel Macron a visité
// le salon de l'agriculture », « Le président Macron a reçu le roi »,
// « Jean-Luc Mélenchon tiendra un meeting ». The politics entry is then
// the politician's own name, told with a first name or an office, and
// no word of support stands before it.

// politicianSupport are the words of support (data/words/politician_support.txt).
var politicianSupport = lexicon.Words(lexicon.Data, "politician_support")

// politicianOffices name an office held before the name (data/words/politician_offices.txt).
var politicianOffices = lexicon.Words(lexicon.Data, "politician_offices")

// termIsAName: the special-category entry at sp is a word of a person's
// name the name rules found (« Christian Dupont », « Christian viendra
// samedi », « Antoine Roussel »): the name, not a fact about the person.
// A leader's name after a word of support (« Paul vote Emmanuel
// Macron ») stays an opinion.
func (a *analysis) termIsAName(sp span, t term) bool {
	toks := a.s.Toks
	if sp.j-sp.i != 1 || !toks[sp.i].Has(text.Cap) || toks[sp.i].Has(text.Upper) || !toks[sp.i].IsAny(cFirst, cAmbig, cLast) {
		return false // a word the name lists give as a name, not « AVC » read as initials nor « les Insoumis » as a family
	}
	for _, n := range a.names {
		if sp.i >= n.i && sp.j <= n.j {
			if t.rule != rulePolitics {
				return true
			}
			for m := max(0, n.i-3); m < n.i; m++ {
				if politicianSupport[toks[m].Norm] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// politicianNamed: the politics entry at sp is a capitalised leader's
// name after a first name or an office, with no word of support before.
func (a *analysis) politicianNamed(sp span) bool {
	toks := a.s.Toks
	if sp.j-sp.i != 1 || sp.i == 0 || !toks[sp.i].Has(text.Cap) {
		return false
	}
	k := sp.i - 1
	if toks[k].IsAny(cFirst, cAmbig) && toks[k].Has(text.Cap) {
		for k > 0 && text.Joined(toks, k, '-') {
			k-- // « Jean-Luc Mélenchon »
		}
	} else if !politicianOffices[toks[k].Norm] {
		return false
	}
	for m := max(0, k-3); m < k; m++ {
		if politicianSupport[toks[m].Norm] {
			return false // « Karim vote Emmanuel Macron », « fan de Jean-Luc Mélenchon »
		}
	}
	return true
}

// candidacyLabel: the politics entry at sp labels a candidacy right after
// « candidat », "candidate" (« la candidate écologiste », « le candidat
// LR »): a party's candidate in a public election, a public role. The
// candidate of our own board is a person of the association: « Militant
// à la CGT, le candidat au bureau fait débat » keeps its facts.
func (a *analysis) candidacyLabel(sp span) bool {
	toks := a.s.Toks
	if sp.i == 0 || !candidateWords[toks[sp.i-1].Norm] || toks[sp.i].Sep != 0 {
		return false
	}
	election := false
	for k, t := range toks {
		if t.Is(cBoard) && !(k+1 < len(toks) && publicCouncils[toks[k+1].Norm]) {
			return false // « la candidate écologiste au bureau de l'amicale »: our own board, a member's opinion
		}
		election = election || electionWords[t.Norm] || t.Norm == "conseil" && k+1 < len(toks) && publicCouncils[toks[k+1].Norm]
	}
	return election // « le candidat communiste au poste de comptable »: a job, no election
}

var electionWords = lexicon.Words(lexicon.Data, "election_words")

// publicCouncils follow « conseil » in an elected public body (data/words/public_councils.txt).
var publicCouncils = lexicon.Words(lexicon.Data, "public_councils")

// candidateWords name a candidate (data/words/candidate_words.txt).
var candidateWords = lexicon.Words(lexicon.Data, "candidate_words")

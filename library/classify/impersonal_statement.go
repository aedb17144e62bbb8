package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A special-category word with no person in sight is blocked by
// precaution when the value is singular (addSpecial): a filled field
// such as « diabétique, insuline le matin » is about the person the form
// is about. A whole statement that names and points at no one is
// another thing: « Les pompes à insuline ont beaucoup progressé ces dix
// dernières années », "Hodgkin's lymphoma is treatable in most cases"
// state a fact of the world. Those stay a doubt — a human looks —
// rather than a block.
//
// The statement must leave no room for a person: a word that
// describes someone by itself (« diabétique », « hospitalisée ») keeps
// the block, as do biometrics (a reader that collects them is the
// point), a name or initials, a person's noun (« le trésorier », "our
// goalkeeper"), a pronoun or possessive (« sa dépression », "his
// meds"), a moment (« demain », « depuis sept mois »), an age.

// minStatementWords is how many words a value needs to read as a
// statement rather than a field's value (« sous curatelle renforcée »,
// "Groupe sanguin : O négatif").
const minStatementWords = 8

// someonePointers are the pronouns, possessives and moments that point
// at someone (data/words/someone_pointers.txt).
var someonePointers = lexicon.Words(lexicon.Data, "someone_pointers")

// statementOpeners open a statement or a question of general knowledge
// (data/words/statement_openers.txt).
var statementOpeners = lexicon.Words(lexicon.Data, "statement_openers")

// generalStatementOf: the term t, found in this sentence with no
// person, states a fact of the world rather than someone's.
func (a *analysis) generalStatementOf(t term) bool {
	return t.rule >= ruleHealth && t.rule <= ruleChildProtection && t.rule != ruleBiometric &&
		t.flags&selfPerson == 0 && a.impersonalStatement()
}

// impersonalStatement: the sentence is a statement of minStatementWords
// words or more, opened by an article, a question word or an instruction
// (or asking a question), where no word could be someone or point at
// someone.
// Its words are read as they are, before any rule took them: a famous
// name is still a name here.
func (a *analysis) impersonalStatement() bool {
	toks := a.s.Toks
	if !statementOpeners[toks[0].Norm] && !a.endsOnQuestion() || a.ageGiven() {
		return false // « Demande d'asile rejetée, recours à préparer »: a note on a file; « 72 ans »: someone's
	}
	words := 0
	for k := range toks {
		t := &toks[k]
		if !t.Has(text.Letter) {
			continue
		}
		words++
		if someonePointers[t.Norm] || t.IsAny(cPerson, cRole, cKin, cCivility, cPopulation, cWordnetPersons) {
			return false // « sa dépression », « le cancer du trésorier »
		}
		if t.Has(text.Cap) && a.nameLike(k) {
			return false // « Mo is blind in one eye », « JLD est allergique »
		}
	}
	return words >= minStatementWords
}

// nameLike: the capitalised token k could be a name or initials: a first
// name or a surname of the lists, a word no lexicon knows, a short word
// in capitals that is no known acronym, a short word neither language
// knows (« Mo », « Ty »).
func (a *analysis) nameLike(k int) bool {
	t := &a.s.Toks[k]
	return t.IsAny(cFirst, cAmbig, cLast) || a.capWordOutsideLexicons(k, true) || a.shortNameOrInitials(k)
}

// shortNameOrInitials: the capitalised token k is no known acronym
// ("the UK", « la CGT ») and is a short word in capitals (« JPM ») or a
// word of fewer than four letters neither language knows (« Mo », « Ty »).
func (a *analysis) shortNameOrInitials(k int) bool {
	t := &a.s.Toks[k]
	return !a.isAcronym(k) && (t.Has(text.Upper) && len(t.Norm) <= 4 ||
		len(t.Norm) < 4 && !lexicon.IsFrenchWord(t.Norm) && !lexicon.IsEnglishWord(t.Norm))
}

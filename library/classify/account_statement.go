package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// The lines of the association's account statement (issue 7, section 4:
// detailed finances without a keyword): « Relevé octobre : entrée 15 000 €
// Fondation de France, sortie 6 730 € salaires, solde 2 118 € ». A
// statement or in/out word, a balance word and two amounts or more are
// detailed finances nobody published: category 4. A published report
// (isPublished) and a price with its balance to pay (« acompte 100 €,
// solde 250 € à régler ») name no statement.

// accountStatementWords are the words of a statement and its lines
// (data/words/account_statement_words.txt).
var accountStatementWords = lexicon.Words(lexicon.Data, "account_statement_words")

// findAccountStatement reports a sentence that reads as the lines of an
// account statement.
func (a *analysis) findAccountStatement() {
	if a.amounts() < 2 || a.isPublished() {
		return
	}
	balance, statement := -1, false
	for i, t := range a.s.Toks {
		if t.Is(cAccount) && balance < 0 {
			balance = i
		}
		statement = statement || accountStatementWords[t.Norm]
	}
	if balance >= 0 && statement {
		a.addAs(ruleFinance, Blocked, 0, len(a.s.Toks), i18n.T("relevé de compte détaillé : finances internes non publiées",
			"detailed account statement: unpublished internal finances"))
	}
}

// amounts counts the amounts of the sentence: currency signs, and
// « euros » after a number.
func (a *analysis) amounts() int {
	s := a.text[a.s.Start:min(len(a.text), a.s.End+4)]
	n := strings.Count(s, "€") + strings.Count(s, "£") + strings.Count(s, "$")
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		if (toks[i].Norm == "euros" || toks[i].Norm == "eur") && isCount(toks[i-1]) {
			n++
		}
	}
	return n
}

package classify

import (
	"path/filepath"
	"testing"

	"tamis/library/classify/lexicon"
)

// TestEvalEnglish measures a set written by hand for issue 7 §4
// (testdata/english): English and French public texts whose titles and
// organisations capitalise common words ("Friends of the Earth", "The
// Welcome Desk", "Paws of Provence" after "account name"), beside persons
// whose surnames are English words (Baker, White, Wood, Young) that must
// stay blocked. Before the English lexicon, 7 of its 34 public texts
// were blocked (5 of the first 24, 2 of the last 10 written once the
// rules were), none now; its 26 persons are blocked before and after.
func TestEvalEnglish(t *testing.T) {
	m := measure(New(Rules{}), readEval(t, filepath.Join("testdata/english", "english.jsonl")))
	m.check(t, "English and organisations", englishFloor)
}

// englishFloor guards the set's figures: every person stays blocked.
var englishFloor = bounds{riskyBlocked: 100, sensitiveCat4: 100, okBlocked: 0, okFlagged: 0, grayFlagged: 0}

// The English lexicon holds no first name nor surname of the kept lists:
// a name that is also a word stays a name.
func TestEnglishWordsHoldNoNames(t *testing.T) {
	for _, w := range []string{"smith", "baker", "brown", "white", "young", "king", "wood", "hill", "rose", "grace", "mark", "bill", "fisher", "carpenter"} {
		if lexicon.IsEnglishWord(w) {
			t.Errorf("%q is in the English word list: as a capitalised word it would pass as a word", w)
		}
	}
	for _, w := range []string{"paws", "earth", "desk", "welcome", "friends", "helping", "hands"} {
		if !lexicon.IsEnglishWord(w) {
			t.Errorf("%q is not in the English word list", w)
		}
	}
}

// A capitalised English word is no surname in a title or an
// organisation's name, and a surname where only a person stands.
func TestEnglishWordsInTitlesAndAsSurnames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Friends of the Earth will hold a stall at the Saturday market.", OK, Public, ""},
		{"The Welcome Desk at Riverside Community Centre opens at 9 am.", OK, Public, ""},
		{"Thanks to Helping Hands Périgord for the cakes.", OK, Public, ""},
		{"Relancer Hands pour la cotisation.", Blocked, Personal, "name"},
		{"Ask Hands about the keys.", Blocked, Personal, "name"},
		{"Please ask Hands about the keys.", Blocked, Personal, "name"},
		{"Avec Hands, on ira au marché.", Blocked, Personal, "name"},
		{"Merci à Hands pour son don.", Blocked, Personal, "name"},
		{"Hands, our treasurer, is away.", Blocked, Personal, "name"},
		{"Mrs Hands is in hospital.", Blocked, Sensitive, ""},
		{"Lucy Hands will come on Friday.", Blocked, Personal, "name"},
		{"Mrs Baker is in hospital after her fall.", Blocked, Sensitive, ""},
		{"Ask Smith whether he can open the hall on Friday.", Blocked, Personal, "name"},
	})
}

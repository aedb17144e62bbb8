package classify

import "strings"

// A rule asked of every sentence must not read the whole value each
// time: on a long text (1 MB of prose, 2,700 sentences) the kept-secret
// stage spent a sixth of the time scanning the value for a currency and
// the findings of every earlier sentence. The value is read once, and a
// sentence's findings are those kept since it began.
//
// sentFirst holds because nothing kept before a sentence's stages run
// lies inside it: the findings of earlier sentences end before it, and a
// direct finding is kept once the sentence cursor has passed its end
// (engine.go collectDirect); the stages drop findings only from
// sentenceFindings() on, which is past sentFirst.

// valueHoldsAmount: the value writes an amount (« 1 200 € », "£40",
// "300 euros"), read once per value.
func (a *analysis) valueHoldsAmount() bool {
	if a.money == 0 {
		a.money = 1
		if strings.ContainsAny(a.text, "€£$") || strings.Contains(a.text, " euros") {
			a.money = 2
		}
	}
	return a.money == 2
}

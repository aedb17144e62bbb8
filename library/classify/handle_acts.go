package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// A handle whose owner acts in a relative clause (« le TikTok
// @bricoleur_du_93 qui filme nos ateliers », "the account @dan_fixes
// who keeps tagging us") is someone's account: a person is behind it, as
// behind « la dame qui filme ». A handle the text asks to follow
// (« suivez @amicale_22 qui publie les horaires ») is a public account
// shown on a poster: it stays a doubt.

var followWords = lexicon.Words(lexicon.Data, "follow_words") // « suivez », "follow"

// upgradeActingHandle turns a doubtful handle of the sentence into a
// person's when a relative clause of a deed follows it.
func (a *analysis) upgradeActingHandle() {
	if a.anyWordIn(followWords) {
		return
	}
	toks := a.s.Toks
	for k := a.di; k < len(a.direct) && a.direct[k].Start < a.s.End; k++ {
		f := &a.direct[k]
		if f.Rule != ruleHandle.String() || f.Verdict != Doubt || f.End <= a.s.Start {
			continue
		}
		n := a.tokenAt(f.End)
		if n < 0 || n+1 >= len(toks) || toks[n].Norm != "qui" && toks[n].Norm != "who" || a.hypothetical(n+1) {
			continue
		}
		f.Verdict, f.Reason = Blocked, i18n.T("pseudonyme de réseau social d’une personne", "a person's social-network handle")
	}
}

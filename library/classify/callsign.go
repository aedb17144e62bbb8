package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An amateur radio call sign (« F6KZT », "G4XYZ") is given to one person
// by a public body (the ANFR in France, Ofcom in Britain) and published
// with their name and address: it identifies them as a licence number
// would (issue 7, section 4). Its shape is a country prefix, one digit
// and a suffix of two or three letters, all in capitals.

// callsignPrefixes are the country prefixes read
// (data/words/callsign_prefixes.txt).
var callsignPrefixes = lexicon.Words(lexicon.Data, "callsign_prefixes")

// findCallsign reports a call sign typed alone as a value (a form's
// field): in a sentence, the same shape names a radio club's station, a
// model, a room or a product as well (« le radio-club F6KXX vous
// accueille » is public).
func (a *analysis) findCallsign() {
	if len(a.s.Toks) != 1 || len(strings.TrimSpace(a.text)) > 8 {
		return
	}
	for k, t := range a.s.Toks {
		if !t.Has(text.Upper) && !t.Has(text.Cap) || len(t.Norm) < 4 || len(t.Norm) > 6 {
			continue
		}
		if raw := a.text[t.From():int(t.End)]; raw == strings.ToUpper(raw) && callsignShape(t.Norm) {
			a.addAs(rulePublicID, Blocked, k, k+1, i18n.T("indicatif de radioamateur", "amateur radio call sign"))
			return
		}
	}
}

// callsignShape: a known prefix, one digit, then two or three letters
// (« f6kzt », "m0abc", "2e0xyz"); the token is folded.
func callsignShape(n string) bool {
	d := strings.IndexAny(n[1:], "0123456789") + 1 // a prefix may start with a digit: « 2e »
	if d < 1 || d > 2 || !callsignPrefixes[n[:d]] {
		return false
	}
	suffix := n[d+1:]
	if len(suffix) < 2 || len(suffix) > 3 {
		return false
	}
	for i := 0; i < len(suffix); i++ {
		if suffix[i] < 'a' || suffix[i] > 'z' {
			return false
		}
	}
	return true
}

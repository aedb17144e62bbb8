package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A means of payment or of access written out whole is a credential
// (category 4), not only an identifier: a bank card's number with its
// security code (« Carte 5132 … crypto 381 », "CVV 123"), and a login
// pair whose password follows a label (« user admin_asso / pass
// Lavande-Rouge-77 ») or a handle (« @compagnie.lafabrique /
// Scene#Ouverte2025 »).

var (
	cardSecurityWords = lexicon.Words(lexicon.Data, "card_security_words")
	secretLabels      = lexicon.Words(lexicon.Data, "secret_labels")
)

// findCardSecurityCode reports the security code that follows a card's
// number found by the byte scanner.
func (a *analysis) findCardSecurityCode() {
	card := false
	for _, f := range a.sdirect {
		card = card || f.Rule == ruleBankCard.String()
	}
	if !card {
		return
	}
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if !cardSecurityWords[toks[i].Norm] {
			continue
		}
		for k := i + 1; k < min(len(toks), i+4); k++ {
			if n := toks[k].Norm; toks[k].Flags&text.Letter == 0 && (len(n) == 3 || len(n) == 4) && strings.Trim(n, "0123456789") == "" {
				a.addAs(ruleCredential, Blocked, k, k+1,
					i18n.T("carte bancaire avec son code de sécurité", "bank card with its security code"))
				return
			}
		}
	}
}

// secretAfter returns the bounds of the field after a login's slash at
// s[k-1]; when that field is a label (« pass », « mdp : »), the secret is
// the field after it.
func secretAfter(s string, k int) (int, int) {
	b, e := fieldAfter(s, k)
	if e <= b || !secretLabels[text.Fold(strings.TrimRight(s[b:e], ":"))] {
		return b, e
	}
	for e < len(s) && (s[e] == ' ' || s[e] == ':') {
		e++
	}
	return fieldAfter(s, e)
}

// handlePair: without any label, a handle or an e-mail before the slash
// is the login itself (« @troupe.fabrique / Scene#Ouverte2025 »).
func (a *analysis) handlePair() bool {
	return strings.IndexByte(a.text[a.s.Start:a.s.End], '@') >= 0
}

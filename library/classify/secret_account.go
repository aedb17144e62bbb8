package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A password is often given after the account it opens, with no password
// word (« Pour le compte Free, c'est Marsouin1957 », « Le compte
// Leboncoin de la ressourcerie s'ouvre avec Vire14500 », "For PayPal,
// it's Riverside#2021"), or named as what was chosen for it (« Jacqueline
// a choisi Coquelicot59 comme mot de passe »). The account and a value of
// a password's shape, linked by a copula, « avec » or a colon, give
// access as a password does: category 4, under addSecret's guards.
//
// The value must look like a password and not like a handle or an
// account's name: letters and digits, six bytes or more, and a capital or
// a symbol (« jardins_partages56 », an Instagram account's name, is
// lower case), no @, no web address, no month (« 12mars »).

// secretAccounts are accounts and online services a password opens
// (data/words/secret_accounts.txt).
var secretAccounts = lexicon.Words(lexicon.Data, "secret_accounts")

// secretAccountLinks give an account's password (data/words/secret_account_links.txt).
var secretAccountLinks = lexicon.Words(lexicon.Data, "secret_account_links")

// publicNameAccounts are networks where an account's name is public
// (data/words/public_name_accounts.txt): there only a value with a
// symbol is a password (« compte Twitter, c'est AssoBreizh56 » is the
// account's name).
var publicNameAccounts = lexicon.Words(lexicon.Data, "public_name_accounts")

// secretSymbols are the symbols a password holds and a handle does not.
const secretSymbols = "!#$%&*+?=§"

// englishIs: token k is the "s" of "it's" or "that's".
func englishIs(toks []text.Token, k int) bool {
	return k >= 1 && toks[k].Norm == "s" && toks[k].Sep == '\'' && (toks[k-1].Norm == "it" || toks[k-1].Norm == "that")
}

// secretAccountReach is how many tokens before the link the account may
// be named (« le compte Leboncoin de la ressourcerie s'ouvre avec »).
const secretAccountReach = 8

// secretAfterAccount: a password-shaped value after a link or a colon,
// an account named within reach before it, in the same sentence.
func (a *analysis) secretAfterAccount() bool {
	if !a.has(cSecretAccount) {
		return false // no account named: the sentence's class bit, not a probe per token
	}
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		end := k - 1 // the link word stands at k-1
		if toks[k].Sep == ':' {
			end = k // « compte Twitch : … »: no link word
		} else if !secretAccountLinks[toks[k-1].Norm] && !englishIs(toks, k-1) || toks[k].Sep != 0 {
			continue
		}
		if !accountSecretShape(a.valueField(k)) {
			continue
		}
		named, public := false, false
		for m := max(0, end-secretAccountReach); m < end; m++ {
			named = named || secretAccounts[toks[m].Norm] && !accountNotSecret(toks, m)
			public = public || publicNameAccounts[toks[m].Norm]
		}
		if named && (!public || strings.ContainsAny(a.valueField(k), secretSymbols)) {
			return true
		}
	}
	return false
}

// accountNotSecret: « compte » at m is a report or a count, not an
// account (« compte rendu », « compte tenu »).
func accountNotSecret(toks []text.Token, m int) bool {
	return m+1 < len(toks) && (toks[m+1].Norm == "rendu" || toks[m+1].Norm == "rendus" || toks[m+1].Norm == "tenu")
}

// secretNamedAfter: a password-shaped value right before « comme » or
// "as" and a password word (« a choisi Coquelicot59 comme mot de passe »).
func (a *analysis) secretNamedAfter() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueSecretNoun) || h.i < 2 || publicCode(toks, h.i, h.j) {
			continue
		}
		l := h.i - 1
		if isArticle(toks[l].Norm) && l > 1 {
			l--
		}
		if recipeAsLinks[toks[l].Norm] && accountSecretShape(a.valueField(l-1)) {
			return true
		}
	}
	return false
}

// accountSecretShape: a password's shape (looksLikeSecretValue) with a
// capital or a symbol, no month.
func accountSecretShape(v string) bool {
	v = strings.TrimRight(v, ".,;»\"'")
	return looksLikeSecretValue(v) && !monthIn(v) && !monthPart(v) && strings.ContainsFunc(v, func(r rune) bool {
		return r >= 'A' && r <= 'Z' || r == '-' || strings.ContainsRune(secretSymbols, r)
	})
}

// monthPart: a run of letters of the value is a month (« CR-2024-Mars »,
// a report's reference, not a password).
func monthPart(v string) bool {
	for _, w := range strings.FieldsFunc(text.Fold(v), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if monthNames[w] {
			return true
		}
	}
	return false
}

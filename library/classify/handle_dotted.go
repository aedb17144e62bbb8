package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A handle written without its @ is often letters joined by a dot or an
// underscore (« Son insta c'est lucie.dvl », "her snap is jess_b"): the
// tokens split it at the dot, so findHandle's mixed-token shape misses
// it. Right after a handle word (handle_words.txt), a colon or « c'est »,
// a run of letters and digits with a dot or an underscore inside, no
// space, is that account. A web address (a last part that is a domain's
// ending), an @handle (the byte scanner's) and the association's own
// account (« notre insta : … », « insta de l'asso : … ») are none.

// fileExtensions end a file's name (data/words/file_extensions.txt).
var fileExtensions = lexicon.Words(lexicon.Data, "file_extensions")

// domainEndings end a web address, not a handle (data/words/domain_endings.txt).
var domainEndings = lexicon.Words(lexicon.Data, "domain_endings")

// findDottedHandle reports the first handle joined by dots or
// underscores right after a handle word, a colon or a copula.
func (a *analysis) findDottedHandle() {
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cHandle) {
			continue
		}
		if k := a.dottedHandleBefore(i); k >= 0 {
			a.add(ruleHandle, k, i-1) // « sylvie.d29 sur Facebook »
			return
		}
		for k := i + 1; k < min(len(toks), i+5); k++ {
			if k > i+1 && toks[k].Sep != ':' && !secretCopulas[toks[k-1].Norm] {
				continue
			}
			if e := a.dottedHandleAt(k); e > k {
				a.add(ruleHandle, k, e)
				return
			}
		}
	}
}

// findNamedHandle reports a first name joined by an underscore to letters
// and digits (« c lucas_dr2011 je crois », "emma_b_07"), with or without
// a handle word: only an account's name is written so. Not a file's name
// (« compte_rendu_2024 », « camille_expo2024.pdf »), nor a first name
// that is also a word (« pierre_2024 », « olivier_v2 »: a thing as often).
func (a *analysis) findNamedHandle() {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if toks[k].Sep != '_' || toks[k].Spaced || toks[k-1].Spaced && toks[k-1].Sep == '_' {
			continue // the first underscore of a run
		}
		s := k - 1
		if !toks[s].IsAny(cFirst, cAmbig) || a.consumed[s] || a.dictionaryWord(s) {
			continue
		}
		v := a.valueField(s)
		if ext := strings.LastIndexByte(v, '.'); ext >= 0 && fileExtensions[strings.ToLower(v[ext+1:])] {
			continue
		}
		if e := a.dottedHandleAt(s); e > s && strings.ContainsAny(v, "0123456789") {
			a.add(ruleHandle, s, e)
			return
		}
	}
}

// dottedHandleBefore returns the start of a handle joined by dots or
// underscores that ends right before « sur » or "on" and the network
// word at i (« sylvie.d29 sur Facebook », "jess_b on Insta"), or -1.
func (a *analysis) dottedHandleBefore(i int) int {
	toks := a.s.Toks
	if i < 3 || toks[i-1].Norm != "sur" && toks[i-1].Norm != "on" {
		return -1
	}
	k := i - 2
	for k > 0 && (toks[k].Sep == '.' || toks[k].Sep == '_') && !toks[k].Spaced {
		k--
	}
	if a.dottedHandleAt(k) != i-1 {
		return -1
	}
	return k
}

// dottedHandleAt returns the end token of a handle joined by dots or
// underscores that starts at token k, or k when there is none.
func (a *analysis) dottedHandleAt(k int) int {
	if from := a.s.Toks[k].From(); from > 0 && a.text[from-1] == '@' {
		return k // an @handle is the byte scanner's, which knows the association's own
	}
	v := a.valueField(k)
	if len(v) < 5 || len(v) > 30 || strings.ContainsAny(v, "/@:") || !strings.ContainsAny(v, "._") {
		return k
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == '_' })
	if len(parts) < 2 || domainEndings[strings.ToLower(parts[len(parts)-1])] {
		return k
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_') {
			return k // capitals or accents: a sentence's words (« M. Dupont »), not a handle
		}
	}
	for h := k - 1; h >= max(0, k-4); h-- {
		if a.s.Toks[h].Is(cHandle) && a.ourAccount(h) {
			return k // « notre insta : asso.lesamis »: the association's own
		}
	}
	end := k
	for end < len(a.s.Toks) && a.s.Toks[end].From() < a.s.Toks[k].From()+len(v) {
		end++
	}
	return end
}

// ourAccount: the network word at i is said the association's: « notre
// insta », "our Facebook page", « notre page Facebook », « la page
// Facebook de l'asso ». « Le pseudo Discord de notre modérateur » is a
// member's, and "our usual login" a password.
func (a *analysis) ourAccount(i int) bool {
	toks := a.s.Toks
	for k := i - 1; k >= max(0, i-2); k-- {
		if ourWords[toks[k].Norm] {
			return true
		}
		if !accountNouns[toks[k].Norm] {
			break
		}
	}
	for k := i + 1; k < min(len(toks), i+4); k++ {
		if associationOwners[toks[k].Norm] {
			return toks[i+1].Norm == "de" || toks[i+1].Norm == "du" || toks[i+1].Norm == "of"
		}
	}
	return false
}

// accountNouns stand between « notre » and the network (data/words/account_nouns.txt).
var accountNouns = lexicon.Words(lexicon.Data, "account_nouns")

// ourWords say the account is the association's (data/words/our_words.txt).
var ourWords = lexicon.Words(lexicon.Data, "our_words")

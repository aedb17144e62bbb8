package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A partner hinted at: a friend named in quotation marks (« elle vit avec
// "son amie" depuis vingt ans », "he lives with his 'friend'") tells an
// orientation when the friend is of the subject's gender, as a partner
// noun does (special_couples.go). Without the quotation marks a friend is
// a friend.

// quotedPartners maps a folded phrase to "f" or "m": whose partner it is.
var quotedPartners = func() map[string]string {
	m := map[string]string{}
	for _, line := range lexicon.MustList(lexicon.Data, "data/words/quoted_partners.txt") {
		phrase, gender, ok := strings.Cut(line, "\t")
		if ok {
			m[strings.Join(lexicon.EntryWords(phrase), " ")] = strings.TrimSpace(gender)
		}
	}
	return m
}()

// findQuotedPartner reports a quoted friend of the subject's gender,
// after a word that joins two people (« vit avec », "lives with"), with
// no name right after it (« son ami Victor Hugo » quotes a friend).
func (a *analysis) findQuotedPartner() {
	if s := a.text[a.s.Start:min(len(a.text), a.s.End+1)]; strings.IndexByte(s, '"') < 0 &&
		!strings.Contains(s, "«") && !strings.Contains(s, "“") {
		return // no quotation mark: nothing hinted (most sentences); byte searches, no rune decoding
	}
	toks := a.s.Toks
	female, male := false, false
	for _, t := range toks {
		switch t.Norm {
		case "elle", "celle", "she":
			female = true
		case "il", "celui", "he":
			male = true
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i-1].Is(cPartnerLinks) {
			continue
		}
		g, end := a.quotedPartnerAt(i)
		if end > 0 && a.nameCovers(end) {
			continue
		}
		if g == "f" && female && !male || g == "m" && male && !female {
			a.add(ruleSexuality, i, end)
			return
		}
	}
}

// quotedPartnerAt: the phrase of quotedPartners at token i, two or three
// words, inside quotation marks, or its noun alone quoted (her "friend");
// it returns its gender and end.
func (a *analysis) quotedPartnerAt(i int) (string, int) {
	toks := a.s.Toks
	var buf [64]byte
	key := append(buf[:0], toks[i].Norm...)
	for n := 2; n <= 3 && i+n <= len(toks); n++ {
		key = append(append(key, ' '), toks[i+n-1].Norm...)
		g, ok := quotedPartners[string(key)] // no allocation: the look-up reads the bytes
		if ok && (a.quotedSpan(toks[i].From(), toks[i+n-1].To()) || a.quotedSpan(toks[i+n-1].From(), toks[i+n-1].To())) {
			return g, i + n
		}
	}
	return "", 0
}

// quotedSpan: the bytes [start, end) stand between quotation marks.
func (a *analysis) quotedSpan(start, end int) bool {
	before := strings.TrimRight(a.text[:start], " \u00a0\u202f")
	after := strings.TrimLeft(a.text[end:], " \u00a0\u202f")
	return hasAnySuffix(before, "«", "\"", "“") && hasAnyPrefix(after, "»", "\"", "”")
}

func hasAnySuffix(s string, xs ...string) bool {
	for _, x := range xs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, xs ...string) bool {
	for _, x := range xs {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}

package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A member may bear a famous name (« notre adhérent Michel Platini (pas
// le footballeur) a réglé sa cotisation », « Zinedine Zidane, homonyme
// du champion, est inscrit au stage »). The famous list and a public
// title beside the name (« footballeur », « champion ») would make them
// a public figure; the sentence says they are not: the name is a
// person's.

// namesakeMarks are the words of namesake_marks.txt, each as one or two
// folded words.
var namesakeMarks = func() [][2]string {
	var out [][2]string
	for _, l := range lexicon.Phrases(lexicon.Data, "namesake_marks") {
		f := strings.Fields(text.Fold(l))
		switch len(f) {
		case 1:
			out = append(out, [2]string{f[0], ""})
		case 2:
			out = append(out, [2]string{f[0], f[1]})
		}
	}
	return out
}()

// namesakeSaid: the sentence says a name is only a namesake's: a mark of
// namesake_marks.txt, or a public title negated (« pas le footballeur »,
// "not the singer").
func (a *analysis) namesakeSaid() bool {
	toks := a.s.Toks
	for k := range toks {
		for _, m := range namesakeMarks {
			if toks[k].Norm == m[0] && (m[1] == "" || k+1 < len(toks) && toks[k+1].Norm == m[1]) {
				return true
			}
		}
		if toks[k].Norm != "pas" && toks[k].Norm != "not" {
			continue
		}
		t := k + 1
		if t < len(toks) && negatedArticles[toks[t].Norm] {
			t++
		}
		if t < len(toks) {
			if _, v := a.at(dTitles, t); v != 0 {
				return true
			}
		}
	}
	return false
}

// negatedArticles stand between the negation and the title (data/words/negated_articles.txt).
var negatedArticles = lexicon.Words(lexicon.Data, "negated_articles")

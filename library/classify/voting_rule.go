package classify

import "tamis/library/classify/text"

// votingRule: the aggregate marker toks[i:end] is a majority in the sense
// of a vote (« à la majorité des membres présents », « adopté à la
// majorité », "carried by a majority"): how a body decides, written in
// bylaws and minutes, not a statistic about the association's public.
func votingRule(toks []text.Token, i, end int) bool {
	majority := false
	for k := i; k < end; k++ {
		majority = majority || toks[k].Norm == "majorite" || toks[k].Norm == "majority"
	}
	if !majority || i == 0 {
		return false
	}
	prev := toks[i-1].Norm
	return prev == "a" && toks[i].Norm == "la" || prev == "by" || i >= 2 && prev == "a" && toks[i-2].Norm == "by"
}

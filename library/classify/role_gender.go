package classify

// A person told by a role (« le président », « la trésorière », "our
// chairman") has the gender of its determiner: « le président vit avec un
// homme » tells an orientation as « Marc vit avec un homme » does
// (special_couples.go sameGenderPartner). Only the determiners that say
// their gender count: « notre », "the", "our" tell none.

// roleGender returns the gender of the nearest person told by a role
// before token k: the determiner of the last person anchor before k.
func (a *analysis) roleGender(k int) (female, male bool) {
	for n := len(a.anchors) - 1; n >= 0; n-- {
		an := a.anchors[n]
		if an.k >= k {
			continue
		}
		if an.kind != anchorPerson {
			return false, false
		}
		return determinerGender(a.s.Toks[an.k].Norm)
	}
	return false, false
}

// determinerGender: the gender a French singular determiner says.
// « mon », « ton », « son » also stand before a feminine noun opening
// with a vowel (« son amie »): they tell none.
func determinerGender(w string) (female, male bool) {
	switch w {
	case "la", "une", "ma", "ta", "sa", "cette":
		return true, false
	case "le", "un", "ce", "cet", "du", "au":
		return false, true
	}
	return false, false
}

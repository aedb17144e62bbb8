package classify

// A person told by a role (« le président », « la trésorière », "our
// chairman") has the gender of its determiner: « le président vit avec un
// homme » tells an orientation as « Marc vit avec un homme » does
// (special_couples.go sameGenderPartner, partner_subject.go). Only the
// determiners that say their gender count: « notre », "the", "our" tell
// none; the role's ending may (roleWordGender).

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

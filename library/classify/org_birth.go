package classify

// An association, a club or a festival is « né en 1998 » too (« Le club,
// né en 1998, fête ses 25 ans »): a year of birth said of a body is its
// founding, no person's birth. The byte scanner reads « né en » + a year
// as a doubt on a year of birth; this notes that doubt as a body's when
// the subject before the birth word is a body and no person is named in
// the sentence, and finish drops it.

// noteBodyBirthYear notes the scanner's doubts on a year of birth of a body.
func (a *analysis) noteBodyBirthYear() {
	toks := a.s.Toks
	for _, f := range a.sdirect {
		if f.Rule != ruleBirthdate.String() || f.Verdict != Doubt {
			continue
		}
		b := a.tokenAt(f.Start)
		if b < 3 || toks[b-1].Norm != "en" || toks[b-2].Norm != "ne" && toks[b-2].Norm != "nee" || len(a.names) > 0 || a.anchorBefore(b) {
			continue // « Le fils du président du club, né en 2015 »: a person's
		}
		for h := b - 3; h >= max(0, b-8); h-- {
			if toks[h].Is(cOrgHeadWords) || associationOwners[toks[h].Norm] || toks[h].Is(cBelongBodies) {
				a.bodyYears = append(a.bodyYears, [2]int{f.Start, f.End}) // « L'association Vélo Vert, née en 1998 »
				break
			}
		}
	}
}

// bodyYear: f is a year of birth noted as a body's.
func (a *analysis) bodyYear(f Finding) bool {
	if f.Rule != ruleBirthdate.String() {
		return false
	}
	for _, y := range a.bodyYears {
		if f.Start == y[0] && f.End == y[1] {
			return true
		}
	}
	return false
}

// anchorBefore: a person is pointed at before token b.
func (a *analysis) anchorBefore(b int) bool {
	for _, an := range a.anchors {
		if an.k < b {
			return true
		}
	}
	return false
}

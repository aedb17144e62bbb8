package classify

// A rural or an overseas address often has no street and no number, only
// the name of the place and the postcode and commune after it (« Son
// adresse : La Grange, 56310 Bubry », « Elle habite au Moulin de la
// Rivière, 35380 Paimpont », « chez Mme Payet, 97430 Le Tampon »): a
// verb of residence or a home pointed at (findResidence), then within
// the sentence a French postcode and a commune's name, is the person's
// address. The association's or a public place's address has neither
// the verb nor the pointer.

// postcodeReach bounds the tokens between the verb and the postcode: the
// place's name comes first (« au Moulin de la Rivière, 35380 »).
const postcodeReach = 12

// findResidencePostcode reports the span from the verb to the commune.
func (a *analysis) findResidencePostcode() { a.findResidence(postcodeReach, a.postcodeTown) }

// postcodeTown: token k is a French postcode (five digits, a department
// from 01 to 95 or an overseas one from 971 to 988) and a capitalised
// word follows it; it returns the end of that word, 0 otherwise.
func (a *analysis) postcodeTown(k int) int {
	toks := a.s.Toks
	if k+1 >= len(toks) || !frenchPostcode(toks[k].Norm) || !isCapWord(toks[k+1]) || toks[k+1].Sep != 0 {
		return 0
	}
	return k + 2
}

// frenchPostcode: five digits whose department exists.
func frenchPostcode(w string) bool {
	if len(w) != 5 || !isDigits(w) {
		return false
	}
	d := int(w[0]-'0')*10 + int(w[1]-'0')
	return d >= 1 && d <= 95 || d == 97 || d == 98
}

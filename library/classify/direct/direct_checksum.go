package direct

// Checksums of the numbers that carry one: a validated key turns a long
// number into a certain identifier, and keeps random numbers out.

// luhn reports whether the digit string passes the Luhn check (cards, SIRET).
func luhn(digits string) bool {
	if len(digits) < 2 {
		return false
	}
	sum, double := 0, false
	for k := len(digits) - 1; k >= 0; k-- {
		d := int(digits[k] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// mod97 returns the remainder of the decimal number written in digits by 97.
func mod97(digits string) int {
	m := 0
	for k := 0; k < len(digits); k++ {
		m = (m*10 + int(digits[k]-'0')) % 97
	}
	return m
}

// nirKeyOK checks the key of a 15-character NIR (13 digits, Corsican
// departments "2A"/"2B" allowed, then a 2-digit key): key = 97 - (n mod 97),
// where "2A" counts as 19 and "2B" as 18.
func nirKeyOK(nir string) bool {
	if len(nir) != 15 {
		return false
	}
	body := nir[:13]
	switch nir[5:7] {
	case "2A", "2a":
		body = nir[:5] + "19" + nir[7:13]
	case "2B", "2b":
		body = nir[:5] + "18" + nir[7:13]
	}
	if !allDigits(body) || !allDigits(nir[13:]) {
		return false
	}
	key := int(nir[13]-'0')*10 + int(nir[14]-'0')
	return key == 97-mod97(body)
}

// ibanOK checks an IBAN written without spaces (ISO 13616, ISO 7064 mod 97-10).
func ibanOK(iban string) bool {
	if len(iban) < 15 || len(iban) > 34 {
		return false
	}
	m := 0
	rotated := iban[4:] + iban[:4]
	for k := 0; k < len(rotated); k++ {
		c := rotated[k]
		switch {
		case isDigit(c):
			m = (m*10 + int(c-'0')) % 97
		case isLetter(c):
			v := int(lower(c)-'a') + 10
			m = (m*100 + v) % 97
		default:
			return false
		}
	}
	return m == 1
}

// allDigits reports whether s is made of ASCII digits only (and not empty).
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}

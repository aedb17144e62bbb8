package direct

import "testing"

// English writes a month in three letters ("2 Feb 1990", as « 2 févr.
// 1990 ») and, in American usage, the month first ("03/14/1987"): read
// where the day cannot be a month, so that « 03/04/1990 » stays French.
func TestEnglishAbbreviatedAndMonthFirstDates(t *testing.T) {
	checkDirect(t, []directCase{
		{"Date of birth: 2 Feb 1990", "birthdate", Blocked, "2 Feb 1990"},
		{"DOB: Feb 2, 1990", "birthdate", Blocked, "Feb 2, 1990"},
		{"born 03/14/1987 in Ohio", "birthdate", Blocked, "03/14/1987"},
		{"DOB 9 Sept 1975", "birthdate", Blocked, "9 Sept 1975"},
	})
	checkNone(t, "birthdate", []string{
		"Quiz night on 12/31/2025 at the hall", "Jan 12 at 7pm: quiz night", "Sep 2024 newsletter",
		"AGM on 2 Feb 2026, all members welcome",
	})
}

package classify

import "tamis/library/classify/lexicon"

// monthNames are the months in French and English (month_names.txt), the
// one list behind a date after a number (« le 12 mars ») and a month named
// in a history (« en mai 1940 »).
var monthNames = lexicon.Words(lexicon.Data, "month_names")

// dayWords are the days, the feasts and the months (day_names.txt and
// month_names.txt): a date said in words, a habit (« tous les mardis »).
var dayWords = lexicon.Words(lexicon.Data, "day_names", "month_names")

// monthName: w, a folded token, names a month.
func monthName(w string) bool { return monthNames[w] }

package referent

import "tamis/i18n"

// Error is a failure a référent can read, in the language chosen when it is
// printed. No Error ever holds a passphrase or a hash.
type Error struct{ fr, en string }

func (e *Error) Error() string { return i18n.T(e.fr, e.en) }

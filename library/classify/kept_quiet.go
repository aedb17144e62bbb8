package classify

import "tamis/i18n"

// A matter kept out of the record (issue 7, section 4): the writer asks
// to keep what the sentence tells out of the minutes, the newsletter, the
// website or the open meeting (« ne le mets pas dans le compte rendu »,
// « hors PV », "keep it off the minutes"). Whatever the matter, the
// instruction marks it as the association's confidential business:
// category 4, blocked. Advice to the reader (« votre code : ne le notez
// pas », a word of held_back.go's readerWords) is no such instruction.
// The record is often the public one (« retirer du compte rendu public »):
// a published marker does not make such a sentence public.

// findKeptQuiet reports a sentence that keeps its matter out of a record
// or a channel (cueKeepOut: « ne le mets pas dans … » needs the record,
// « ne le mets pas au four » keeps nothing from anyone), or that asks not
// to write or publish it (cueUnwritten) while it names a record or a
// matter of the association (a body, a grant, the board, its budget or
// premises).
func (a *analysis) findKeptQuiet(cs cueSet) {
	kept := cs.has(cueKeepOut, cueRecord) ||
		cs.has(cueUnwritten) && (cs.has(cueRecord) || cs.has(cueOurMatter) || a.hasAny(cOrg, cFunding, cBoard))
	if !kept || a.has(cReaderWords) {
		return
	}
	a.addAs(ruleConfidential, Blocked, 0, len(a.s.Toks),
		i18n.T("à garder hors du compte rendu et des supports publics : information confidentielle",
			"to be kept out of the minutes and public channels: confidential information"))
}

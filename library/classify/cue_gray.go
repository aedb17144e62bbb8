package classify

// Unsettled internal news (issue 7, section 4): a matter of the
// association told with an uncertainty (« pourrait », « toujours pas »,
// « en retard », « dépasse le budget »), a rumour about it, or damage done
// to its places. None of it is public yet: doubt, so that a volunteer
// checks before it leaves the association.

func (a *analysis) findUnsettledNews(cs cueSet) {
	matter := cs.has(cueOurMatter) || a.has(cOrg|cFunding|cBoard|cActivity)
	uncertain := cs.has(cueUncertain) && matter
	rumour := cs.has(cueRumour) && (matter || a.has(cPartner|cPopulation))
	incident := cs.has(cueIncident, cuePremises)
	if !uncertain && !rumour && !incident {
		return
	}
	if a.has(cWeather) || a.isPublished() || cs.has(cueGoodNews) || a.addressesPublic() && !incident {
		return // « reporté à cause de la pluie », « vous pourriez gagner »: announced, not internal
	}
	kind := "internal"
	if incident {
		kind = "vague"
	}
	a.add(kind, Personal, Doubt, 0, len(a.s.toks), grayReason(kind))
}

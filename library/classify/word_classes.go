package classify

import (
	"io/fs"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Every static phrase dictionary is compiled into one trie, so that a
// sentence is walked once: each token costs one or two map lookups however
// many dictionaries the rules consult. The values of the combined trie pack
// the dictionary and the entry: dict<<dictShift | value.

type dictID int32

const (
	dSpecial dictID = iota
	dStrategy
	dGeneric
	dPublished
	dGray
	dQuasi
	dTitles
	dGrantIntent
	dFunding
	dCue // cues.go: the lists of data/cues/
	// gray_pending_lists.go: the lists of the gray zone's pending matters
	dPending
	dAffair  // gray_affairs.go: the association's affairs told as unsettled
	dUntold  // strategy_untold_lists.go: plans kept from those they concern
	dDecided // published_matter.go: a decision taken in public
	dSenses  // special_senses.go: a special word's everyday sense
	numDicts
)

const dictShift = 20

// span is a token range [i, j) with the value of the entry it matched.
type span struct{ i, j, val int }

// hit is one dictionary entry found in the sentence.
type hit struct {
	i, j int
	dict dictID
	val  int
}

// combine builds the single trie from the separate dictionaries' entries.
func combine(sources [numDicts]func(add func(entry string, val int))) *lexicon.Dict {
	all := lexicon.NewDict()
	for id, src := range sources {
		src(func(entry string, val int) {
			all.Add(entry, int(id)<<dictShift|val)
		})
	}
	return all
}

// The word classes the rules read, each filled from its lists (classFiles
// below, and the name lists of dictionaries.go).
const (
	cFirst text.Class = iota
	cAmbig
	cLast
	cVenue
	cSingDet
	cPopulation
	cChange
	cPhoto
	cPerson
	cOrg
	cTrouble
	cRelation // relations, rapports
	cCool     // fraîches, tendues
	cContract // contrat, CDD
	cContractEnd
	cAccount  // compte, solde
	cQuantity // quelques, plusieurs
	cKin      // neveu, fille
	cPersonMoney
	cSameSex // femmes, hommes (after "deux")
	cCouple
	cSpot                 // parcelle, flat (before a number)
	cWork                 // film, livre
	cLimit                // max, jusqu'à
	cWomenWed             // mariées, pacsées
	cHandle               // pseudo, snap, discord
	cPlacePrep            // à, de, vers, from: before a commune
	cSurnameCtx           // avec, chez, relancer: before a surname
	cMargin               // lâche, plancher, vise
	cOpening              // propose, annonce
	cRefused              // refusé, rejected
	cResubmit             // redéposer, sous un autre nom
	cSuspicion            // soupçonne, accuse
	cMisuse               // carte, caisse, frais
	cBoard                // CA, bureau, board
	cTension              // tendu, divisé
	cFall                 // baisse, moins, lost
	cActivity             // inscriptions, fréquentation
	cBodyID               // travail, caf, allocataire
	cWeather              // météo, canicule
	cPending              // attend, pas sûrs, hasn't
	cFunding              // subvention, grant
	cCodeWord             // code, digicode, alarm
	cFraud                // gonfler, inflated
	cFigures              // chiffres, comptes, report
	cRecruit              // récupérer, attirer, poach
	cRival                // voisin, d'en face, concurrent
	cScan                 // scan, scanner
	cJeune                // jeune (young) or jeûne (fasting)
	cPartner              // femme, mari, copain, wife
	cBelief               // pense, croit
	cCapWord              // common capitalised words that are not names
	cVenueLink            // words between a venue word and the name it carries
	cCivility             // civilities before a surname
	cAcronym              // upper-case words that are not surnames
	cNameCtx              // words before a lone first name that make it a person
	cRole                 // single roles of a small association
	cPublicBody           // public bodies: a role of theirs is public
	cAddressVerbs         // data/words/address_verbs.txt
	cAddressWords         // data/words/address_words.txt
	cAdjNounLinks         // data/words/adj_noun_links.txt
	cAppositionRoles      // data/words/apposition_roles.txt
	cBelongBodies         // data/words/belong_bodies.txt
	cBelongLinks          // data/words/belong_links.txt
	cBodyArticles         // data/words/body_articles.txt
	cClausePersonVerbs    // data/words/clause_person_verbs.txt
	cClubAcronyms         // data/words/club_acronyms.txt
	cClubWords            // data/words/club_words.txt
	cCountedFew           // data/words/counted_few.txt
	cDefiniteArticles     // data/words/definite_articles.txt
	cDefiniteDets         // data/words/definite_dets.txt
	cElectedBodies        // data/words/elected_bodies.txt
	cEnglishLinks         // data/words/english_links.txt
	cEventAfter           // data/words/event_after.txt
	cFunctionWords        // data/words/function_words.txt
	cFunderBodies         // data/words/funder_bodies.txt
	cGeneralMarkers       // data/words/general_markers.txt
	cHouseholdNouns       // data/words/household_nouns.txt
	cHumanParticiples     // data/words/human_participles.txt
	cIllnessHeads         // data/words/illness_heads.txt
	cImpersonalAdjectives // data/words/impersonal_adjectives.txt
	cImpersonalAfterS     // data/words/impersonal_after_s.txt
	cImpersonalVerbs      // data/words/impersonal_verbs.txt
	cKnownBodies          // data/words/known_bodies.txt
	cLifeNouns            // data/words/life_nouns.txt
	cModalWords           // data/words/modal_words.txt
	cNameLabels           // data/words/name_labels.txt
	cNounAdjectives       // data/words/noun_adjectives.txt
	cNumberWords          // data/words/number_words.txt
	cOrgHeadWords         // data/words/org_head_words.txt
	cOrgHeads             // data/words/org_heads.txt
	cOrgLinks             // data/words/org_links.txt
	cOrgTermHeads         // data/words/org_term_heads.txt
	cOwnPeople            // data/words/own_people.txt
	cOwnPeopleDets        // data/words/own_people_dets.txt
	cPartnerLinks         // data/words/partner_links.txt
	cPastOrNext           // data/words/past_or_next.txt
	cFrequency            // data/words/frequency.txt
	cPersonAdjectives     // data/words/person_adjectives.txt
	cPersonVerbs          // data/words/person_verbs.txt
	cPhotoPeople          // data/words/photo_people.txt
	cPlaceAfterName       // data/words/place_after_name.txt
	cPlainDets            // data/words/plain_dets.txt
	cPluralAttributes     // data/words/plural_attributes.txt
	cPointingDets         // data/words/pointing_dets.txt
	cPublicEvents         // data/words/public_events.txt
	cPublicPromises       // data/words/public_promises.txt
	cRecruitWords         // data/words/recruit_words.txt
	cServiceWords         // data/words/service_words.txt
	cSingularInS          // data/words/singular_in_s.txt
	cSpeechPronouns       // data/words/speech_pronouns.txt
	cStatPopulation       // data/words/stat_population.txt
	cDeparture            // data/words/departure_words.txt
	cTopicLinks           // data/words/topic_links.txt
	cTopicPossessives     // data/words/topic_possessives.txt
	cTopicWords           // data/words/topic_words.txt
	cTrendSubjects        // data/words/trend_subjects.txt
	cTrendWords           // data/words/trend_words.txt
	cUniqueOffices        // data/words/unique_offices.txt
	cClosing              // data/words/closing_words.txt
	cUnsure               // data/words/unsure_words.txt
	cSoon                 // data/words/soon_words.txt
	cConditional          // data/words/conditional_words.txt
	cPartnerBody          // data/words/partner_bodies.txt
	cDecision             // data/words/decision_verbs.txt
	cChildren             // data/words/children_words.txt
	cBodyPart             // data/words/body_parts.txt
	cGenericEvent         // data/words/generic_event_words.txt
	cCopy                 // data/words/copy_words.txt
	cPersonalDoc          // data/words/personal_documents.txt
	cDemonym              // data/words/demonyms.txt, peoples.txt, languages.txt (origin_of.go)
	cSpelledNumber        // data/words/spelled_numbers.txt
	cDisclose             // data/words/disclose_words.txt (held_back.go)
	cBirthWord            // data/words/birth_words.txt (identifier_shapes.go)
	cDwelling             // data/words/dwelling_words.txt
	cAddressNoun          // data/words/address_nouns.txt
	cPlateWord            // data/words/plate_words.txt
	cFileWord             // data/words/file_number_words.txt
	cTitleHead            // data/words/title_heads.txt, story_heads.txt (titles.go)
	cHoliday              // data/words/holidays.txt (named_things.go)
	cNamedAfter           // data/words/named_after_heads.txt (named_things.go)
	cNamedThingHead       // data/words/named_thing_heads.txt (named_thing_heads.go)
	cLifeOpener           // data/words/life_story_openers.txt (life_story.go)
	cIncidentNoun         // data/words/incident_nouns.txt (gray_incident.go)
	cPastTime             // data/words/past_times.txt (gray_incident.go)
	cSurvey               // data/words/survey_words.txt (published_statistic.go)
	cSourceWord           // data/words/source_words.txt (published_statistic.go)
	cRestricted           // data/words/restricted_words.txt (published_statistic.go)
	cMergedActivity       // data/words/merged_activities.txt (strategy_activity.go)
	cSubstance            // data/words/substances.txt (substance_use.go)
	cConsecrated          // data/words/consecrated_life.txt (religious_title.go)
	cTell                 // data/words/tell_words.txt (kept_secret.go)
	cBeating              // data/words/beating_verbs.txt (violence_suffered.go)
	cServed               // data/words/served_verbs.txt (sentence_served.go)
	cStoryCue             // data/words/story_works.txt, story_characters.txt, legend_heads.txt (story_frame.go)
	cPoliceAct            // data/words/police_acts.txt (police_path.go)
	cOrgan                // data/words/organs.txt (organ_failing.go)
	cCareStay             // data/words/care_stay_places.txt (care_stay.go)
	cArrival              // data/words/arrival_verbs.txt (arrival_from.go)
	cSurgeryObject        // data/words/surgery_objects.txt (surgery_done.go)
	cLimb                 // data/words/limbs.txt (injury_told.go)
	cAnyone               // data/words/anyone_words.txt (case_of_anyone.go, general_question.go)
	cDrinkVerb            // data/words/drinking_verbs.txt (drinking_told.go)
	numClasses
)

// A token's ClassSet has room for every class: past text.MaxClasses, the
// build fails here (make the set larger there).
var _ [text.MaxClasses - int(numClasses)]struct{}

// classFiles are the word lists, under data/words/, of each class that is
// not a name list (those are built in dictionaries.go).
var classFiles = []struct {
	c     text.Class
	files []string
}{
	{cJeune, []string{"jeune"}},
	{cBelief, []string{"belief_verbs"}},
	{cCapWord, []string{"common_cap_words", "day_names", "month_names", "venue_words"}},
	{cVenueLink, []string{"venue_link_words"}},
	{cCivility, []string{"civility_words"}},
	{cAcronym, []string{"acronym_words"}},
	{cNameCtx, []string{"name_context_words"}},
	{cRole, []string{"role_nouns"}},
	{cPublicBody, []string{"public_bodies"}},
	{cPopulation, []string{"population_nouns"}},
	{cPhoto, []string{"photo_words"}},
	{cPerson, []string{"person_nouns", "trade_nouns", "everyday_persons"}},
	{cAccount, []string{"account_words"}},
	{cActivity, []string{"activity_subjects"}},
	{cAddressVerbs, []string{"address_verbs"}},
	{cAddressWords, []string{"address_words"}},
	{cAdjNounLinks, []string{"adj_noun_links"}},
	{cAppositionRoles, []string{"apposition_roles"}},
	{cBelongBodies, []string{"belong_bodies"}},
	{cBelongLinks, []string{"belong_links"}},
	{cBoard, []string{"board_words"}},
	{cBodyArticles, []string{"body_articles"}},
	{cBodyID, []string{"body_id_words"}},
	{cChange, []string{"change_words"}},
	{cClausePersonVerbs, []string{"clause_person_verbs"}},
	{cClubAcronyms, []string{"club_acronyms"}},
	{cClubWords, []string{"club_words"}},
	{cCodeWord, []string{"code_words"}},
	{cContractEnd, []string{"contract_ends"}},
	{cContract, []string{"contract_words"}},
	{cCool, []string{"cool_words"}},
	{cCountedFew, []string{"counted_few"}},
	{cCouple, []string{"couple_words"}},
	{cDefiniteArticles, []string{"definite_articles"}},
	{cDefiniteDets, []string{"definite_dets"}},
	{cElectedBodies, []string{"elected_bodies"}},
	{cEnglishLinks, []string{"english_links"}},
	{cEventAfter, []string{"event_after"}},
	{cFall, []string{"fall_words"}},
	{cFigures, []string{"figure_words"}},
	{cFraud, []string{"fraud_words"}},
	{cFunctionWords, []string{"function_words"}},
	{cFunderBodies, []string{"funder_bodies"}},
	{cFunding, []string{"funding_nouns"}},
	{cGeneralMarkers, []string{"general_markers"}},
	{cHandle, []string{"handle_words"}},
	{cHouseholdNouns, []string{"household_nouns"}},
	{cHumanParticiples, []string{"human_participles"}},
	{cIllnessHeads, []string{"illness_heads"}},
	{cImpersonalAdjectives, []string{"impersonal_adjectives"}},
	{cImpersonalAfterS, []string{"impersonal_after_s"}},
	{cImpersonalVerbs, []string{"impersonal_verbs"}},
	{cKin, []string{"kin_words"}},
	{cKnownBodies, []string{"known_bodies"}},
	{cLifeNouns, []string{"life_nouns"}},
	{cLimit, []string{"limit_words"}},
	{cRecruit, []string{"lure_words"}},
	{cMargin, []string{"margin_words"}},
	{cMisuse, []string{"misuse_means"}},
	{cModalWords, []string{"modal_words", "short_futures"}},
	{cNameLabels, []string{"name_labels"}},
	{cNounAdjectives, []string{"noun_adjectives"}},
	{cNumberWords, []string{"number_words"}},
	{cOpening, []string{"opening_words"}},
	{cOrgHeadWords, []string{"org_head_words"}},
	{cOrgHeads, []string{"org_heads"}},
	{cOrgLinks, []string{"org_links"}},
	{cOrgTermHeads, []string{"org_term_heads"}},
	{cOwnPeople, []string{"own_people"}},
	{cOwnPeopleDets, []string{"own_people_dets"}},
	{cPartnerLinks, []string{"partner_links"}},
	{cPartner, []string{"partner_nouns"}},
	{cOrg, []string{"partner_orgs"}},
	{cPastOrNext, []string{"past_or_next"}},
	{cFrequency, []string{"frequency"}},
	{cPending, []string{"pending_words"}},
	{cPersonAdjectives, []string{"person_adjectives"}},
	{cPersonMoney, []string{"person_money_words"}},
	{cPersonVerbs, []string{"person_verbs"}},
	{cPhotoPeople, []string{"photo_people"}},
	{cPlaceAfterName, []string{"place_after_name"}},
	{cPlacePrep, []string{"place_preps"}},
	{cPlainDets, []string{"plain_dets"}},
	{cPluralAttributes, []string{"plural_attributes"}},
	{cPointingDets, []string{"pointing_dets"}},
	{cPublicEvents, []string{"public_events"}},
	{cPublicPromises, []string{"public_promises"}},
	{cQuantity, []string{"quantity_words"}},
	{cRecruitWords, []string{"recruit_words"}},
	{cRefused, []string{"refused_words"}},
	{cRelation, []string{"relation_words"}},
	{cResubmit, []string{"resubmit_words"}},
	{cRival, []string{"rival_words"}},
	{cSameSex, []string{"same_sex_plural"}},
	{cScan, []string{"scan_verbs"}},
	{cServiceWords, []string{"service_words"}},
	{cSingDet, []string{"singular_dets"}},
	{cSingularInS, []string{"singular_in_s"}},
	{cSpeechPronouns, []string{"speech_pronouns"}},
	{cSpot, []string{"spot_words"}},
	{cStatPopulation, []string{"stat_population"}},
	{cDeparture, []string{"departure_words"}},
	{cSurnameCtx, []string{"surname_context"}},
	{cSuspicion, []string{"suspicion_words"}},
	{cTension, []string{"tension_words"}},
	{cTopicLinks, []string{"topic_links"}},
	{cTopicPossessives, []string{"topic_possessives"}},
	{cTopicWords, []string{"topic_words"}},
	{cTrendSubjects, []string{"trend_subjects"}},
	{cTrendWords, []string{"trend_words"}},
	{cTrouble, []string{"trouble_words"}},
	{cUniqueOffices, []string{"unique_offices"}},
	{cWeather, []string{"weather_words"}},
	{cIncidentNoun, []string{"incident_nouns"}},
	{cPastTime, []string{"past_times"}},
	{cSurvey, []string{"survey_words"}},
	{cSourceWord, []string{"source_words"}},
	{cRestricted, []string{"restricted_words"}},
	{cMergedActivity, []string{"merged_activities"}},
	{cSubstance, []string{"substances"}},
	{cConsecrated, []string{"consecrated_life"}},
	{cTell, []string{"tell_words"}},
	{cBeating, []string{"beating_verbs"}},
	{cServed, []string{"served_verbs"}},
	{cPoliceAct, []string{"police_acts"}},
	{cOrgan, []string{"organs"}},
	{cCareStay, []string{"care_stay_places"}},
	{cArrival, []string{"arrival_verbs"}},
	{cSurgeryObject, []string{"surgery_objects"}},
	{cLimb, []string{"limbs"}},
	{cAnyone, []string{"anyone_words"}},
	{cDrinkVerb, []string{"drinking_verbs"}},
	{cWomenWed, []string{"women_couple"}},
	{cWork, []string{"work_words"}},
	{cClosing, []string{"closing_words"}},
	{cUnsure, []string{"unsure_words"}},
	{cSoon, []string{"soon_words"}},
	{cConditional, []string{"conditional_words"}},
	{cPartnerBody, []string{"partner_bodies"}},
	{cDecision, []string{"decision_verbs"}},
	{cChildren, []string{"children_words"}},
	{cBodyPart, []string{"body_parts"}},
	{cGenericEvent, []string{"generic_event_words"}},
	{cCopy, []string{"copy_words"}},
	{cPersonalDoc, []string{"personal_documents"}},
	{cDemonym, []string{"demonyms", "peoples", "languages"}},
	{cSpelledNumber, []string{"spelled_numbers"}},
	{cDisclose, []string{"disclose_words"}},
	{cBirthWord, []string{"birth_words"}},
	{cDwelling, []string{"dwelling_words"}},
	{cAddressNoun, []string{"address_nouns"}},
	{cPlateWord, []string{"plate_words"}},
	{cFileWord, []string{"file_number_words"}},
	{cTitleHead, []string{"title_heads", "story_heads"}},
	{cHoliday, []string{"holidays"}},
	{cNamedAfter, []string{"named_after_heads"}},
	{cNamedThingHead, []string{"named_thing_heads"}},
	{cLifeOpener, []string{"life_story_openers"}},
	{cStoryCue, []string{"story_works", "story_characters", "legend_heads"}},
}

// buildClasses maps every word to its classes and its trie root.
func (lx *dictionaries) buildClasses(fsys fs.FS, names map[text.Class]lexicon.WordSet) {
	b := lexicon.ClassBuilder{}
	for c, words := range names {
		b.Add(words, c)
	}
	for _, cf := range classFiles {
		b.Add(lexicon.Words(fsys, cf.files...), cf.c)
	}
	for c, words := range setClasses() { // set_classes.go
		b.Add(words, c)
	}
	lx.class = b.Build(lx.all)
}

// has reports whether a word of class c is in the sentence: rules that
// need such a word return at once without reading the tokens.
func (a *analysis) has(c text.Class) bool { return a.sentCls.Has(c) }

// in reports whether w, a folded word that is not a token of the sentence
// being read, is in class c.
func (lx *dictionaries) in(w string, c text.Class) bool { return lx.class.Lookup(w).Cls.Has(c) }

// tagSentence classifies every word and finds every entry of every static
// dictionary in the sentence.
func (a *analysis) tagSentence() {
	toks := a.s.Toks
	a.hits = a.hits[:0]
	a.hitStart = append(a.hitStart[:0], make([]int, len(toks)+1)...)
	a.sentCls = text.ClassSet{}
	var notLetters, shapes text.Flags // the flags some token lacks, the flags some token has
	for i := range toks {
		expandChatWord(&toks[i]) // chat_abbreviations.go: « pr » is « pour », before any entry is matched across it
	}
	for i := range toks {
		info := a.lex.class.LookupCached(toks[i].Norm, a.words)
		toks[i].Cls = info.Cls
		a.sentCls.Union(info.Cls)
		notLetters |= ^toks[i].Flags
		shapes |= toks[i].Flags
		a.hitStart[i] = len(a.hits)
		if !a.lex.all.MayMatchInfo(info, toks[i].Norm) {
			continue // most words start no entry: no call
		}
		a.lex.all.EachMatchInfo(a.lex.class, info, toks, i, func(end int, v int32) {
			if termDict(dictID(v>>dictShift)) && plusMeansMore(toks, i, end) {
				return // spoken_negation.go: « ils se parlent plus qu'avant »
			}
			a.hits = append(a.hits, hit{i: i, j: end, dict: dictID(v >> dictShift), val: int(v & (1<<dictShift - 1))})
		})
	}
	a.hitStart[len(toks)] = len(a.hits)
	if a.sentCls.Has(cKin) {
		a.dropFrenchSon() // french_son.go
	}
	a.population = a.sentCls.Has(cPopulation) // a token of the class, as the rules ask
	a.digits = notLetters&text.Letter != 0    // a token that is not only letters
	a.shapes = shapes
	a.dictHits, a.listsDone = 0, 0
	for _, h := range a.hits {
		a.dictHits |= 1 << h.dict
	}
}

// at returns the longest entry of dict starting at token i (val 0: none).
func (a *analysis) at(d dictID, i int) (end, val int) {
	for _, h := range a.hits[a.hitStart[i]:a.hitStart[i+1]] {
		if h.dict == d && h.j > end {
			end, val = h.j, h.val
		}
	}
	return end, val
}

// spansOf returns the non-overlapping longest entries of dict, left to right.
func (a *analysis) spansOf(d dictID, out []span) []span {
	covered := 0
	for k := 0; k < len(a.hits); k++ {
		h := a.hits[k]
		if h.dict != d || h.i < covered {
			continue
		}
		end, val := a.at(d, h.i)
		out = append(out, span{h.i, end, val})
		covered = end
	}
	return out
}

// hasAny reports whether a word of one of the classes is in the sentence.
func (a *analysis) hasAny(cs ...text.Class) bool {
	for _, c := range cs {
		if a.sentCls.Has(c) {
			return true
		}
	}
	return false
}

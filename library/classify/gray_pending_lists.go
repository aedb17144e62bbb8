package classify

// The lists of the pending matters (gray_pending.go): each is an embedded
// text file under data/cues/, one word or phrase a line, like the cues of
// cues.go; they join the combined trie as their own dictionary, so that
// the gray zone grows without taking the cue set's room.

// pending names one list.
type pending uint8

const (
	pendNone          pending = iota
	pendNotPublicYet          // draft, embargo, idea kept among us: not public yet, by itself
	pendUndecided             // reste en suspens, up in the air: a question open, by itself
	pendStrain                // budget serré, in the red: money short, by itself
	pendShortHanded           // manque de bras, short-staffed: hands short, by itself
	pendAssessment            // bilan mitigé, disappointing: an internal assessment, by itself
	pendInspection            // contrôle de l'Urssaf, tax audit: an inspection, by itself
	pendTalks                 // en pourparlers avec, in talks with: nothing concluded, by itself
	pendNoReply               // jamais répondu, hasn't renewed: a partner silent, by itself
	pendOwnQuestion           // doit-on, should we: a question the association asks itself
	pendDeliberate            // à l'ordre du jour, tranchera: with pendNextMeeting
	pendNextMeeting           // prochain bureau, next meeting
	pendRota                  // planning, permanence, shift: with pendShortage
	pendShortage              // des trous, no-shows: with pendRota or the association's people
	pendTeam                  // équipe, staff: with a word of tension
	pendDispute               // différend, on conteste: with pendBilled
	pendBilled                // facture, traiteur, landlord
	pendProspect              // piste de, potentiel, early talks: with pendPartnership or funding
	pendPartnership           // partenariat, mécène, sponsor
	pendThreatened            // compromis, menacé, in jeopardy: with a matter of the association
	pendComplaint             // se plaignent de, complained about: with someone of the association
	pendOnly                  // seulement, only: with a count of few of the association's people
	pendUnknown               // sait pas si, not sure whether: with a matter of the association
	pendLikely                // sûrement, probably: with a matter and a change
	pendEnded                 // perdu le, pulled out: with a partnership or funding
	pendAsked                 // nous a demandé de, asked us to: with an organisation
	pendRate                  // taux de remplissage, par semaine: with a number and what is counted
	pendCounted               // repas, visitors: what is counted besides people
	pendSanction              // exclus, suspended: with the association's people
	pendFollowed              // suivie par, we support: with one person told by an indefinite
	pendSelection             // comité de sélection, shortlisted: a selection not published, by itself
	pendAwaiting              // réponse en, decision expected: with a matter of the association
	pendSale                  // vendre le, sell the: with who bills the association
	pendNotGranted            // pas obtenu, turned down: with funding or a matter
	pendThanPlanned           // que prévu, than last year: with a word of fall
	pendDiscord               // ça chauffe entre, a mess right now: people at odds, by itself
	pendIntend                // on pense, we plan to: with a change or a matter
	pendOpenTail              // à suivre, still unclear: a clause that leaves the matter open (gray_open_tail.go)
	pendTellLater             // je vous le montre, I'll explain: a promise to tell (gray_told_later.go)
	pendToldInPerson          // à la réunion, samedi, not on WhatsApp: where it will be told
	pendInternalDoc           // note, tableau de bord, memo: with « interne », "internal" beside (gray_marked_internal.go)
	pendFeedback              // retours, avis, feedback: heard back (gray_feedback.go)
	pendNegativeView          // négatifs, critical: after a word of feedback
	pendDiscontent            // mécontents, se sentent démunis, unhappy: with feedback or the association's people
	pendOpenChoice            // ou pas, or not: a choice put as a question (gray_open_question.go)
	pendDeliberation          // faut-il, should we: a question the association puts to itself
	pendDeciding              // sélection, vote, talks: a way of deciding, told in progress (gray_in_progress.go)
	pendMoreOrFewer           // plus de, fewer: a change in how many people come (gray_public_trend.go)
	pendThisPeriod            // cet hiver, lately: a period seen from inside
	pendGrowing               // de plus en plus de, fewer and fewer: a trend by itself
	pendDamageDone            // volés, vandalised: with an auxiliary of the past (gray_incident_tense.go)
	pendPublicHeading         // texte de l'affiche, press release: a heading of a public text (public_heading.go)
	pendPublicSource          // Ouest-France, Insee, the ONS: a public source cited (cited_source.go)
	pendConduct               // s'est fâchée avec, acting strangely: with someone not named (gray_conduct.go)
	numPending
)

// pendingFiles maps each list to its file.
var pendingFiles = [numPending]string{
	pendNotPublicYet:  "data/cues/not_public_yet.txt",
	pendUndecided:     "data/cues/undecided.txt",
	pendStrain:        "data/cues/strain.txt",
	pendShortHanded:   "data/cues/short_handed.txt",
	pendAssessment:    "data/cues/assessment.txt",
	pendInspection:    "data/cues/inspection.txt",
	pendTalks:         "data/cues/talks.txt",
	pendNoReply:       "data/cues/no_reply.txt",
	pendOwnQuestion:   "data/cues/own_question.txt",
	pendDeliberate:    "data/cues/deliberate.txt",
	pendNextMeeting:   "data/cues/next_meeting.txt",
	pendRota:          "data/cues/rota.txt",
	pendShortage:      "data/cues/shortage.txt",
	pendTeam:          "data/cues/team.txt",
	pendDispute:       "data/cues/pending_dispute.txt",
	pendBilled:        "data/cues/billed.txt",
	pendProspect:      "data/cues/prospect.txt",
	pendPartnership:   "data/cues/partnership.txt",
	pendThreatened:    "data/cues/threatened.txt",
	pendComplaint:     "data/cues/complaint.txt",
	pendOnly:          "data/cues/only.txt",
	pendUnknown:       "data/cues/unknown.txt",
	pendLikely:        "data/cues/likely.txt",
	pendEnded:         "data/cues/ended.txt",
	pendAsked:         "data/cues/asked.txt",
	pendRate:          "data/cues/rates.txt",
	pendCounted:       "data/cues/counted.txt",
	pendSanction:      "data/cues/sanction.txt",
	pendFollowed:      "data/cues/followed.txt",
	pendSelection:     "data/cues/selection.txt",
	pendAwaiting:      "data/cues/awaiting.txt",
	pendSale:          "data/cues/sale.txt",
	pendNotGranted:    "data/cues/not_granted.txt",
	pendThanPlanned:   "data/cues/than_planned.txt",
	pendDiscord:       "data/cues/discord.txt",
	pendIntend:        "data/cues/intend.txt",
	pendOpenTail:      "data/cues/open_tail.txt",
	pendTellLater:     "data/cues/tell_later.txt",
	pendToldInPerson:  "data/cues/told_in_person.txt",
	pendInternalDoc:   "data/cues/internal_documents.txt",
	pendFeedback:      "data/cues/feedback_nouns.txt",
	pendNegativeView:  "data/cues/negative_views.txt",
	pendDiscontent:    "data/cues/discontent.txt",
	pendOpenChoice:    "data/cues/open_choice.txt",
	pendDeliberation:  "data/cues/deliberation.txt",
	pendDeciding:      "data/cues/deciding_processes.txt",
	pendMoreOrFewer:   "data/cues/more_or_fewer.txt",
	pendThisPeriod:    "data/cues/this_period.txt",
	pendGrowing:       "data/cues/growing.txt",
	pendDamageDone:    "data/cues/damage_done.txt",
	pendPublicHeading: "data/cues/public_headings.txt",
	pendPublicSource:  "data/cues/public_sources.txt",
	pendConduct:       "data/cues/conduct.txt",
}

// pendingSet is the set of lists found in a sentence.
type pendingSet = listSet[pending]

var _ [64 - numPending]struct{} // the set has room for every list

// sentencePending collects the lists found in the sentence.
func (a *analysis) sentencePending() pendingSet { return pendingSet(a.listsFound(dPending)) }

// firstPending returns the first entry of list p in the sentence for
// which ok holds, and whether there is one.
func (a *analysis) firstPending(p pending, ok func(hit) bool) (hit, bool) {
	for _, h := range a.hits {
		if h.dict == dPending && h.val == int(p) && ok(h) {
			return h, true
		}
	}
	return hit{}, false
}

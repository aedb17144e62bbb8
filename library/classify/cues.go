package classify

// Cues are the vocabulary of the rules for text that carries no keyword
// (issue 7, section 4): each list is an embedded text file under
// data/cues/, one word or phrase a line ('*' ends a stem), '#' starting a
// comment that says which rule reads it. A référent or a contributor adds
// a word to a rule by editing its file. The entries join the combined
// trie (dictionaries.go), so a sentence is still walked once.

// cue names one list.
type cue uint8

const (
	cueNone             cue = iota
	cueUncertain            // toujours pas, en retard, dépasse: news not settled yet
	cueModal                // pourrait, might: a conditional, news only with a change
	cueOurMatter            // budget, séjour, local: a matter of the association
	cueRumour               // on nous a dit que, we heard: hearsay
	cueIncident             // forcé, smashed: damage done
	cueDamageNoun           // tags, graffitis: damage named by a noun
	cueDiscovered           // découverts, ce matin: damage found
	cueCondition            // si, if: a condition for all
	cuePremises             // local, façade, serrure: what the damage is done to
	cueJoin                 // a rejoint, adhère à, joined: membership
	cueUnionName            // CFDT, GMB, Unite: a union by its name
	cueStrikeVote           // vote la grève, balloting: a strike ballot
	cueFasting              // coucher du soleil, sunset: when a fast ends
	cueEating               // mange, repas, eat: with a fast's end, a fast
	cueBiometric            // empreinte du pouce, scan du visage
	cueMember               // bénévole, adhérent, volunteer: the association's people
	cueMargin               // on peut aller à, prix plancher: a negotiation's limit
	cueHush                 // ne surtout pas le dire, c'est faux: kept from the other side
	cueOffBooks             // pas déclarées, never hits the accounts
	cueCash                 // espèces, liquide, cash
	cueLure                 // proposer aux bénévoles de … de nous rejoindre
	cueOust                 // écarter, replace, sans le lui dire
	cueMisdeed              // falsifier, forging: what an officer is suspected of
	cueSuspicion            // on pense que, we suspect
	cueHidden               // on ne le montre pas, not the ones we send
	cueLie                  // ce qui est faux, which isn't true
	cueTell                 // dire, annoncer, tell: how a lie is told
	cuePublicSource         // notre bilan public, published on: a figure already out
	cueNoFaces              // sans visages, no faces: a photo with nobody in it
	cueGoodNews             // bonne nouvelle, venez nous voir: an announcement
	cueCredential           // identifiants, login, accès admin: a login follows
	cueUnofficial           // rien d'officiel, not approved yet: internal until settled
	cueAllusion             // qui tu sais, rough patch: a person's trouble hinted at
	cueVote                 // voix, procurations, ballot: a vote (kept_matters.go)
	cueDeal                 // en échange, promis, exige: something given in return
	cueOwnBid               // notre offre, our bid: the association's answer to a tender
	cueTender               // appel d'offres, marché public, tender
	cueCounterpart          // propriétaire, fondation, landlord: a funder, landlord or supplier
	cueDispute              // conteste, bras de fer, withholding: a quarrel over money
	cueDonor                // mécène, donateur, donor
	cueTax                  // reçu fiscal, déductible: tax help, public
	cueCandidate            // candidat, pressenti, our pick: a candidate for a post
	cueSecretNoun           // mot de passe, code, PIN (secret_words.go)
	cueRecipe               // suivi de, à l'envers, nom du: how a secret is made up
	cueHint                 // indice, hint: a password's hint
	cueKey                  // clé, spare key: a key
	cueHiding               // caché, sous le, taped under: a hiding place
	cueLock                 // boîte à clés, cadenas, key safe: a lock with a combination
	cueOTP                  // code reçu par SMS, verification code: a one-time login code
	cueSeed                 // phrase de récupération, seed phrase: a recovery phrase of words
	cueAnnounced            // heureux d'annoncer, approved at the AGM: a matter made public
	cueTenderNotice         // appel d'offres, invitation to tender: a tender named without doubt (tender_bid.go)
	cueConcessive           // quelle que soit, regardless of: anyone, not someone (concessive.go)
	cuePoliticalSupport     // soutenir sa liste, back his campaign: support for an elected person (political_deal.go)
	cueKeepOut              // ne le mets pas dans, keep it off: kept out of a record (kept_quiet.go)
	cueRecord               // compte rendu, lettre d'info, minutes: a record or a channel (kept_quiet.go)
	cueUnwritten            // ne l'écris pas, don't write it up: not to be written or published (kept_quiet.go)
	cueSecrecy              // à huis clos, personne ne doit le savoir: kept from others (held_matter.go)
	cueHeldMatter           // on ferme, ne seront pas renouvelés: a matter decided (held_matter.go)
	cueForAWhile            // pour l'été, for repairs: a pause told to the public (held_matter.go)
	cueTaking               // a revendu, taking food: taking what is not one's own (role_fact.go)
	cueMoneyPosition        // offre de rachat, nous doit, coût réel: the association's money position (money_position.go)
	cueHardship             // ne paie plus son loyer, lost his job: a person's own money, housing or family trouble (role_fact.go)
	numCues
)

// cueFiles maps each cue to its file.
var cueFiles = [numCues]string{
	cueUncertain:        "data/cues/uncertain.txt",
	cueModal:            "data/cues/modal.txt",
	cueOurMatter:        "data/cues/our_matter.txt",
	cueRumour:           "data/cues/rumour.txt",
	cueIncident:         "data/cues/incident.txt",
	cueDamageNoun:       "data/cues/damage_noun.txt",
	cueDiscovered:       "data/cues/discovered.txt",
	cueCondition:        "data/cues/condition.txt",
	cuePremises:         "data/cues/premises.txt",
	cueJoin:             "data/cues/join.txt",
	cueUnionName:        "data/cues/union_name.txt",
	cueStrikeVote:       "data/cues/strike_vote.txt",
	cueFasting:          "data/cues/fasting.txt",
	cueEating:           "data/cues/eating.txt",
	cueBiometric:        "data/cues/biometric.txt",
	cueMember:           "data/cues/member.txt",
	cueMargin:           "data/cues/margin.txt",
	cueHush:             "data/cues/hush.txt",
	cueOffBooks:         "data/cues/off_books.txt",
	cueCash:             "data/cues/cash.txt",
	cueLure:             "data/cues/lure.txt",
	cueOust:             "data/cues/oust.txt",
	cueMisdeed:          "data/cues/misdeed.txt",
	cueSuspicion:        "data/cues/suspicion.txt",
	cueHidden:           "data/cues/hidden.txt",
	cueLie:              "data/cues/lie.txt",
	cueTell:             "data/cues/tell.txt",
	cuePublicSource:     "data/cues/public_source.txt",
	cueNoFaces:          "data/cues/no_faces.txt",
	cueGoodNews:         "data/cues/good_news.txt",
	cueCredential:       "data/cues/credential.txt",
	cueUnofficial:       "data/cues/unofficial.txt",
	cueAllusion:         "data/cues/allusion.txt",
	cueVote:             "data/cues/vote.txt",
	cueDeal:             "data/cues/deal.txt",
	cueOwnBid:           "data/cues/own_bid.txt",
	cueTender:           "data/cues/tender.txt",
	cueCounterpart:      "data/cues/counterpart.txt",
	cueDispute:          "data/cues/dispute.txt",
	cueDonor:            "data/cues/donor.txt",
	cueTax:              "data/cues/tax.txt",
	cueCandidate:        "data/cues/candidate.txt",
	cueSecretNoun:       "data/cues/secret_noun.txt",
	cueRecipe:           "data/cues/recipe.txt",
	cueHint:             "data/cues/hint.txt",
	cueKey:              "data/cues/key.txt",
	cueHiding:           "data/cues/hiding.txt",
	cueLock:             "data/cues/lock.txt",
	cueOTP:              "data/cues/otp.txt",
	cueSeed:             "data/cues/seed.txt",
	cueAnnounced:        "data/cues/announced.txt",
	cueTenderNotice:     "data/cues/tender_notice.txt",
	cueConcessive:       "data/cues/concessive.txt",
	cuePoliticalSupport: "data/cues/political_support.txt",
	cueKeepOut:          "data/cues/keep_out.txt",
	cueRecord:           "data/cues/record.txt",
	cueUnwritten:        "data/cues/unwritten.txt",
	cueSecrecy:          "data/cues/secrecy.txt",
	cueHeldMatter:       "data/cues/held_matter.txt",
	cueForAWhile:        "data/cues/for_a_while.txt",
	cueTaking:           "data/cues/taking.txt",
	cueMoneyPosition:    "data/cues/money_position.txt",
	cueHardship:         "data/cues/hardship.txt",
}

// cueSet is the set of cues found in a sentence.
type cueSet = listSet[cue]

// Every cue has its bit in a cueSet: past 64 cues, the build fails here.
var _ [64 - numCues]struct{}

// sentenceCues collects the cues of the sentence from the trie's hits.
func (a *analysis) sentenceCues() cueSet { return cueSet(a.listsFound(dCue)) }

// cueAt returns the first entry of cue c, or (-1, -1).
func (a *analysis) cueAt(c cue) (i, j int) {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(c) {
			return h.i, h.j
		}
	}
	return -1, -1
}

package classify

import "testing"

// Health told in the words of care notes and of families, from the pages
// of ameli.fr and the NHS: a disability of sight or hearing ("partially
// sighted", "hard of hearing"), what someone has undergone (« excisée »,
// « a fait une TS »), what a child still does (« fait encore pipi au
// lit », "wets the bed"), a person's medicines ("his meds", « ses
// médocs »). A public leaflet, a campaign, an equipment for a public or
// an idiom keep their verdict.
func TestHealthInCareNotesWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mrs Hughes, 84, is partially sighted and lives alone at the end of the lane.", Blocked, Sensitive, "health"},
		{"Our treasurer is hard of hearing, please face him when you speak at the AGM.", Blocked, Sensitive, "health"},
		{"Bintou nous a confié avoir été excisée à huit ans.", Blocked, Sensitive, "health"},
		{"Elle a fait une TS en novembre, on l'appelle tous les lundis.", Blocked, Sensitive, "health"},
		{"Pour la colo : Lucas fait encore pipi au lit, prévoir des draps de rechange.", Blocked, Sensitive, "health"},
		{"Night log: resident in room 4 refused his meds and shouted at staff.", Blocked, Sensitive, "health"},
		{"Mme Diop a oublié ses médocs chez sa fille, elle repasse demain.", Blocked, Sensitive, "health"},
		{"Colin still wets the bed at 10, his mum asked us to be discreet at camp.", Blocked, Sensitive, "health"},
		{"Please remind Joyce to take her meds before the coach trip.", Blocked, Sensitive, "health"},
		{"The new volunteer is sight impaired, so print the rota in large letters for her.", Blocked, Sensitive, "health"},
		{"Audio guides for partially sighted visitors are available at the desk.", OK, Public, ""},
		{"Campagne contre l'excision : soirée-débat ouverte à tous le 6 février.", OK, Public, ""},
		{"Fiche conseil : le pipi au lit chez l'enfant, quand consulter ?", Doubt, 0, ""}, // a doubt before this rule, and still
		{"Is your landlord dragging his feet on repairs? Our free advice desk can help you.", OK, Public, ""},
		{"Loop system fitted in the hall for people who are hard of hearing.", OK, Public, ""},
		{"Journée mondiale de prévention du suicide : stand d'information place du marché.", OK, Public, ""},
	})
}

// English and everyday forms of conditions and operations said of a
// person are health data (category 4): "is anorexic", "had his leg
// amputated", "has Tourette's", "a heart operation", « une rupture des
// ligaments ». The same words as a talk's or a workshop's topic are not.
func TestConditionsInEverydayFormsAreHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our goalkeeper Sam Reid is bulimic, his mum told the coach.", Blocked, Sensitive, "health"},
		{"Mrs Patel had her right foot amputated in March.", Blocked, Sensitive, "health"},
		{"Ethan Cole has Tourette's, so sit him near the door.", Blocked, Sensitive, "health"},
		{"Chloé Martin s'est fait une rupture du tendon au match de samedi.", Blocked, Sensitive, "health"},
		{"Talk on Tourette syndrome at the library, all welcome.", OK, 0, ""},
		{"Atelier prévention : éviter la rupture des ligaments croisés au ski.", OK, 0, ""},
	})
}

// An antiretroviral treatment reminded in a note is someone's; the
// treatment told in general stays public.
func TestAntiretroviralTreatmentReminded(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Penser à rappeler le traitement antirétroviral à 20h.", Blocked, Sensitive, "health"},
		{"Le traitement antirétroviral a transformé la vie des patients.", OK, 0, ""},
		{"Le traitement antirétroviral permet de vivre normalement avec le VIH.", OK, 0, ""},
		{"Conférence : les traitements antirétroviraux aujourd'hui.", OK, 0, ""},
	})
}

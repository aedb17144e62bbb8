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

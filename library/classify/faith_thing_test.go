package classify

import "testing"

// A religion's word that qualifies a thing of the faith (a calendar, a
// feast, a rite), or an orientation's word an institution (marriage), in
// a sentence about no one names the faith or the institution, not
// someone's belief or orientation; a note without its subject, one that
// points at someone, or one event dated, stays blocked.
func TestFaithsThingsAreNoOnesBelief(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le calendrier musulman est lunaire.", OK, 0, ""},
		{"Le nouvel an juif tombe en septembre.", OK, 0, ""},
		{"La Pâque juive dure huit jours ; le premier soir, le repas du Seder suit un ordre précis.", OK, 0, ""},
		{"La communion solennelle est une étape de la foi catholique, souvent célébrée vers 12 ans.", OK, 0, ""},
		{"Yom Kippur is the holiest day in the Jewish calendar, a day of fasting and prayer.", OK, 0, ""},
		{"The Hajj pilgrimage to Mecca is one of the five pillars of Islam.", OK, 0, ""},
		{"La viande halal provient d'animaux abattus selon le rite musulman ; la viande casher selon le rite juif.", OK, 0, ""},

		{"La prière musulmane du vendredi dure une heure.", OK, 0, ""},
		{"Messe, culte protestant, prière du vendredi : la liste des lieux de culte est affichée dans le hall.", OK, 0, ""},
		{"Notre chorale chante du gospel et de la musique sacrée orthodoxe.", OK, 0, ""},
		{"Paul va au culte protestant tous les dimanches.", Blocked, Sensitive, "religion"},
		{"Il va au culte protestant tous les dimanches.", Blocked, Sensitive, "religion"},
		{"Chez eux, musique sacrée orthodoxe tous les soirs.", Doubt, Sensitive, "religion"},
		{"Office juif le vendredi soir dans leur appartement.", Blocked, Sensitive, "religion"},
		{"Le culte musulman qu'ils célèbrent à la maison dérange les voisins.", Doubt, Sensitive, "religion"},
		{"Chant catholique tous les soirs dans sa chambre d'hôpital.", Blocked, Sensitive, "religion"},
		{"The Muslim worship they hold at their flat annoys the neighbours.", Blocked, Sensitive, "religion"},
		{"Same-sex marriage has been legal in France since 2013.", OK, 0, ""},
		{"Le mariage homosexuel est légal en France.", OK, 0, ""},

		{"Le mariage homosexuel aura lieu samedi à la mairie.", Blocked, Sensitive, "sexuality"},
		{"Le mariage homosexuel a eu lieu hier.", Blocked, Sensitive, "sexuality"},
		{"Le mariage homosexuel du trésorier aura lieu en juin.", Blocked, Sensitive, "sexuality"},
		{"Son mariage homosexuel a fait jaser.", Blocked, Sensitive, "sexuality"},
		{"La fête juive de samedi est annulée.", Blocked, Sensitive, "religion"},
		{"Respecte le calendrier juif, pas de créneau le samedi.", Blocked, Sensitive, "religion"},
		{"Fête le nouvel an juif en famille.", Blocked, Sensitive, "religion"},
		{"Observes Jewish holidays, no shifts in September.", Blocked, Sensitive, "religion"},
		{"Ne mange que de la viande selon le rite musulman.", Blocked, Sensitive, "religion"},
		{"Le gardien de l'immeuble suit le calendrier musulman.", Blocked, Sensitive, "religion"},
		{"Le premier du groupe suit le rite musulman.", Blocked, Sensitive, "religion"},
		{"La voisine suit le calendrier musulman.", Blocked, Sensitive, "religion"},
		{"Un bénévole fête le nouvel an juif ce week-end.", Blocked, Sensitive, "religion"},
		{"Sa foi catholique l'aide beaucoup.", Blocked, Sensitive, "religion"},
		{"His Jewish faith matters to him.", Blocked, Sensitive, "religion"},
		{"Karim respecte le calendrier musulman.", Blocked, Sensitive, "religion"},
	})
}

package classify

import "testing"

// Special-category facts told around their noun, written for the night of
// 2 December 2026 (testdata/special14): the hospital specialty someone is
// followed in, a drug or a symptom by its everyday name, a night in the
// cells, an acquittal, a measure a judge ordered, a prison called « la
// centrale », an origin in the plural, a sex told at birth, an iris scan,
// a gene carried. The same words about no one, or as a workplace, pass.
func TestSpecialFactsAroundTheirNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Marchand est suivie en gériatrie pour des chutes à répétition.", Blocked, Sensitive, "health"},
		{"Gilbert a un rendez-vous en cardiologie mardi, il ne pourra pas ouvrir la salle.", Blocked, Sensitive, "health"},
		{"Notre voisin est en hématologie à Saint-Louis depuis lundi.", Blocked, Sensitive, "health"},
		{"Mme Lemaire a des perfusions de fer tous les mois.", Blocked, Sensitive, "health"},
		{"Croisé Mme Tanguy à la pharmacie : elle venait chercher sa morphine.", Blocked, Sensitive, "health"},
		{"Félix tousse du sang depuis octobre.", Blocked, Sensitive, "health"},
		{"Personne_027 consulte pour des troubles de l'érection.", Blocked, Sensitive, "health"},
		{"Mme Gilles a un polichinelle dans le tiroir, c'est pour juin.", Blocked, Sensitive, "health"},
		{"M. Dufour a fini la nuit en cellule de dégrisement.", Blocked, Sensitive, "criminal"},
		{"Notre bénévole Gilles a été relaxé en appel.", Blocked, Sensitive, "criminal"},
		{"Laurent est sous le coup d'une interdiction de gérer.", Blocked, Sensitive, "criminal"},
		{"M. Meunier suit un stage imposé par le juge.", Blocked, Sensitive, "criminal"},
		{"A complaint has been filed against Mr Miller.", Blocked, Sensitive, "criminal"},
		{"Jordan a fait quatre ans à la centrale de Poissy.", Blocked, Sensitive, "criminal"},
		{"Dylan sort de Fresnes le mois prochain.", Blocked, Sensitive, "criminal"},
		{"Les parents de Yassine sont kabyles.", Blocked, Sensitive, "origin"},
		{"Mr Ahmadi is still waiting for his asylum decision.", Blocked, Sensitive, "origin"},
		{"Charlie was born female and now lives as a man.", Blocked, Sensitive, "sexuality"},
		{"Le fichier contient l'iris scanné de Personne_015.", Blocked, Sensitive, "biometric"},
		{"Mr Baker carries the gene, like his mother.", Blocked, Sensitive, "biometric"},
		{"Céline est stérile, elle en parle difficilement.", Blocked, Sensitive, "health"},
		{"Patrice a fait un pneumothorax au printemps.", Blocked, Sensitive, "health"},
		{"Our secretary, Lynn, has terrible morning sickness.", Blocked, Sensitive, "health"},
		{"M. Gomez est fiché pour des faits de violence.", Blocked, Sensitive, "criminal"},
		{"FYI Darren can't come, he's due in court on Tuesday.", Blocked, Sensitive, "criminal"},
		{"Just so you know, Ali still doesn't have his papers.", Blocked, Sensitive, "origin"},
		{"Notre bénévole Noa a changé de genre l'an dernier.", Blocked, Sensitive, "sexuality"},
		{"Personne_013 est en parcours de transition au CHU.", Blocked, Sensitive, "sexuality"},
		{"Mr Ford's face template unlocks the office door.", Blocked, Sensitive, "biometric"},
		{"D. L. est entré aux urgences cette nuit.", Blocked, Sensitive, "health"},
		{"P. M. prend des anxiolytiques.", Blocked, Sensitive, "health"},
		{"Paul est en détox depuis lundi.", Blocked, Sensitive, "health"},
		// a print said whole is still found without a person
		{"Le badge enregistre l'empreinte de l'index.", Blocked, Sensitive, "biometric"},
		// the same words about no one, or a workplace
		{"Le service de cardiologie de l'hôpital recrute des infirmiers.", OK, 0, ""},
		{"Congrès de gériatrie à Lyon les 3 et 4 juin, inscriptions ouvertes.", OK, 0, ""},
		{"Jordan a travaillé deux ans à la centrale nucléaire de Cattenom.", Blocked, Personal, "name"},
		{"Jordan a passé deux ans à la centrale de Cattenom comme technicien.", Blocked, Personal, "name"},
		{"La morphine soulage les douleurs les plus fortes, explique la notice.", OK, 0, ""},
	})
}

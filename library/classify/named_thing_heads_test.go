package classify

import "testing"

// A law, a prize, a stadium, a disease or a theorem named after someone
// names the thing, not a person (named_thing_heads.go): these public
// values must not be blocked for a name. A first name after a law, a
// cup, a tournament or a theorem is its namesake's too (« la loi Evin »,
// « le tournoi Jean Bouin », "Megan's Law", « le principe d'Archimède »,
// "the Royal Albert Hall"); after an illness, a word of time, or before
// a verb when the head is no subject, it stays a person's
// (TestNamedThingShapesKeepPersons).
func TestNamedThingsAreNoPersons(t *testing.T) {
	for _, s := range []string{
		"Permanence sur la loi Hamon et la résiliation des contrats.",
		"Le trophée Roger Couderc sera remis au meilleur club.",
		"Départ du car pour le stade Bollaert à 18 h.",
		"Une conférence sur la maladie de Charcot aura lieu mardi.",
		"Le théorème de Thalès sera révisé jeudi.",
		"Retransmission de la cérémonie des César au foyer.",
		"La loi Gayssot sera présentée à l'atelier citoyen.",
		"A leaflet on Crohn's disease is at the desk.",
		"La loi Evin encadre la publicité pour l'alcool à la buvette.",
		"La coupe Davis revient en France cette année.",
		"Le tournoi Jean Bouin accueille seize équipes de cadets.",
		"Le challenge Yves du Manoir réunit les équipes de jeunes.",
		"Le principe d'Archimède sera démontré à l'atelier sciences.",
		"Megan's Law requires the registration of offenders.",
		"Pascal's Triangle is on the maths worksheet.",
		"The Royal Albert Hall hosts the Proms every summer.",
		"Tickets for the Stanley Cup final are sold out.",
		"The choir rehearses at the Victoria Hall on Thursdays.",
		// an adjective of the thing between head and name, a hyphenated namesake
		"Prix littéraire Louis-Lestrade 2025 : lecture des textes retenus.",
		"Coupe régionale Roger Lapébie : inscriptions ouvertes jusqu'au 15.",
		"Inscriptions pour la coupe régionale Roger-Lapébie avant le 15.",
	} {
		r := New(Rules{}).Classify(s)
		for _, f := range r.Findings {
			if f.Rule == ruleName.String() {
				t.Errorf("%q: a named thing read as a person's name (%v)", s, r.Verdict)
			}
		}
	}
}

// The same shapes with a real person and a private fact stay blocked: a
// civility, a first name after « de » or a possessive, a full name, a
// comma after the head, a sentence that speaks of him or her.
func TestNamedThingShapesKeepPersons(t *testing.T) {
	for _, s := range []string{
		"La loi, Mme Evin la connaît bien : elle est diabétique.",
		"Le prix de Jean Martin pour la tombola.",
		"Le lot gagné, le prix de Louise Bertrand : 350 euros payés par chèque.",
		"Le trophée de Samir Haddad lui a été remis chez lui, il est alité.",
		"Le syndrome de Léa, 7 ans, l'empêche de dormir.",
		"La maladie de Hugo est revenue cet hiver.",
		"La maladie de Mme Roux l'empêche de venir aux réunions.",
		"La maladie de Julien Moreau a été diagnostiquée en mars.",
		"Le syndrome de Lucas (8 ans) demande un accompagnant à la cantine.",
		"La maladie de Lyme de Bruno Roy le cloue au lit depuis trois mois.",
		"Le trophée de Karim Benali lui a été remis à l'hôpital où il est soigné pour une leucémie.",
		"Soirée des César : Laure Gauthier vient sans son mari, ils se séparent.",
		"Au stade Jean Bouin, Yann Perrin a fait un malaise cardiaque.",
		"Sarah's law degree took her five years because of her depression.",
		"Clare's mum lives at 14 Elm Road and wants her deposit back.",
		"Tom's disease means he cannot join the trip.",
		"Clare's Law showed that Mark Bennett had a record of domestic violence.",
		"Harry's Syndrome diagnosis came after years of seizures, he says.",
		"Après la coupe Julie est rentrée en pleurs, elle dort mal depuis.",
		"Au tournoi Julie s'est blessée au genou, elle est au CHU.",
		"Pendant le tournoi Karim a fait un malaise.",
		"Pour la coupe Léa viendra avec son père, qui sort de prison.",
		"I called Albert Hall about his rent arrears yesterday.",
		"Le prix littéraire de Jean Martin, notre adhérent, lui a été remis à l'hôpital.",
		"Le trophée départemental Paul Girard, notre trésorier, est en arrêt maladie.",
		"La coupe régionale Julie Martin a gagné, bravo à elle.",
		"Au trophée départemental Karim Benali a fini deuxième.",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: %v, want blocked", s, r.Verdict)
		}
	}
}

// A first name after a head, an event's name that is a first name
// without a ceremony word, or a first name before "'s" is a member
// (the leak review of the first version of named_thing_heads.go).
func TestNamedThingFirstNamesStayPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Malgré la maladie Julie Fontaine continue de venir aux entraînements.", Blocked, Sensitive, "health"},
		{"Après la médaille Hugo Bernard a avoué sa dépendance à l'alcool.", Blocked, Sensitive, "health"}, // the name stays a person's; the dependence is his health
		{"Merci à César, sorti de l'hôpital psychiatrique cette semaine.", Blocked, Sensitive, "health"},
		{"Les enfants des Oscar sont placés en foyer.", Blocked, Sensitive, "child-protection"},
		{"Jess's Disease Clinic visit is on Monday, she is scared.", Blocked, Personal, "name"},
	})
}

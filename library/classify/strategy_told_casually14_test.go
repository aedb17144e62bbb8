package classify

import "testing"

// The association's confidential matters in words the rules lacked
// until 2 December 2026 (night): money that does not go through the bank
// or that the accounts never see (off_books.txt), a bid named by our
// answer to the market (own_bid.txt, tender.txt), a donor's terms
// (deal.txt, donor.txt), an elected person's favour (favour_words.txt),
// those concerned who know nothing of a plan or learn it later
// (untold_unaware.txt, untold_learn.txt, untold_change.txt …), a margin
// told in percentages or with what would suffice (limit_words.txt,
// strategy_margins.go numbers). Public look-alikes pass.
func TestStrategyToldCasually14(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les entrées du bal, payées en liquide, ça passe pas par la banque : on s'en sert pour la sono.", Blocked, Sensitive, "finance"},
		{"Les dons du marché de Noël vont dans la boîte du bureau, la compta ne les voit jamais.", Blocked, Sensitive, "finance"},
		{"The cash from the plant sale never goes through the club account, we use it for the coach.", Blocked, Sensitive, "finance"},
		{"Réponse AO périscolaire de la ville : on se positionne à 21,80 € de l'heure, dépôt jeudi.", Blocked, Sensitive, "negotiation"},
		{"Le don de la fondation Lemaire est assorti d'une condition : que leur directeur siège au bureau.", Blocked, Sensitive, "confidential"},
		{"Le sénateur nous obtient la salle du Sénat si on le laisse parler à notre gala avant les élections.", Blocked, Sensitive, "negotiation"},
		{"Les animateurs du soir ne seront pas reconduits en juin ; les intéressés l'ignorent encore.", Blocked, Sensitive, "confidential"},
		{"On quitte la maison des associations pour un local à Lannion, les autres associations ne sont pas dans la boucle.", Blocked, Sensitive, "confidential"},
		{"Le cabinet remplace Nadège en septembre, elle le saura quand ce sera signé.", Blocked, Sensitive, "confidential"},
		{"Avec le loueur de cars, on demandera 15 % de remise ; 6 % nous conviendraient.", Blocked, Sensitive, "negotiation"},
		{"Reprise de la ludothèque de l'amicale en mars : les adhérents ne sont pas dans la boucle.", Blocked, Sensitive, "confidential"},
	})
	for _, s := range []string{
		"Rappel aux trésoriers : toutes les espèces doivent passer par la banque dans la semaine.",
		"Résultat du marché de la métropole pour le périscolaire : l'offre retenue est à 21,80 € de l'heure.",
		"Merci à la fondation Lemaire, dont le don a permis d'ouvrir notre atelier vélo.",
		"Le sénateur a inauguré la salle des fêtes en présence des associations de la commune.",
		"Nous quittons la maison des associations pour un local à Lannion : nouvelle adresse à partir du 1er mars.",
		"Formation négociation : demandez 15 % de remise, sachant qu'un fournisseur en accorde souvent 6 %.",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}

// More ways of keeping a plan from those it concerns (untold_hidden.txt,
// untold_unaware.txt, untold_change.txt …), of telling a margin
// (margin.txt) and of spending a grant elsewhere (untold_padded.txt); a
// merger announced at the AGM is no decision held back (held_matter.go
// announcedOpenly). Another body's act « sans prévenir » stays a doubt.
func TestStrategyToldCasually14More(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les bénévoles du vestiaire ignorent tout : on externalise le tri à une entreprise d'insertion en mai.", Blocked, Sensitive, "confidential"},
		{"The Friday soup run is winding down after Easter; the regulars are in the dark.", Blocked, Sensitive, "confidential"},
		{"Pour le local de stockage, Sophie a carte blanche jusqu'à 650 € par mois.", Blocked, Sensitive, "negotiation"},
		{"The landlord wants 1,400 a month; we could live with 1,250.", Blocked, Sensitive, "negotiation"},
		{"Les 8 000 € de la fondation, on s'en sert pour boucher le trou du loyer.", Blocked, Sensitive, "grant"},
	})
	for _, s := range []string{
		"Comme annoncé à l'AG, notre fusion avec l'amicale est effective : bienvenue à ses 80 adhérents !",
		"Le supermarché a arrêté ses dons de pain sans prévenir, on cherche un autre partenaire.",
		"Tarif de location de la salle : 650 € par mois, charges comprises.",
		"Subvention de la Région : 12 000 € pour le projet jeunes, comme annoncé dans notre rapport.",
		"Nous avons obtenu 12 000 € de la Région, pas pour le projet jeunes mais pour l'épicerie.",
		"On tente 20 km de marche et on accepte jusqu'à 30 participants.",
		"The school aims for 90% attendance and can accept up to 30 pupils per class.",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}

// Money kept beside the accounts and applications repackaged, in more
// words (off_books.txt, resubmit_words.txt, renaming_words.txt,
// refused_words.txt), a claim taken to court (strategy_terms.txt); a
// general question on whether a refused application may be sent again
// asks a procedure (strategy_margins.go asksProcedure), while the same
// question about our own file renamed, or with a person's private fact,
// stays blocked.
func TestStrategyToldCasually14Books(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les recettes du vide-grenier, on les met dans une caisse parallèle, le trésorier ne les voit pas.", Blocked, Sensitive, "finance"},
		{"Les adhésions payées en espèces, on les déclare pas toutes : ça fait la caisse du bureau.", Blocked, Sensitive, "finance"},
		{"The cash from the tombola goes into a side pot the treasurer never sees.", Blocked, Sensitive, "finance"},
		{"The Lottery rejected it, so we've repackaged the bid for the Garfield Weston round.", Blocked, Sensitive, "grant"},
		{"We're taking the caterer to court over the wedding deposit, hearing in June.", Blocked, Sensitive, "litigation"},
		{"Peut-on renvoyer le dossier refusé par la Région à la fondation Orange sous un autre nom ?", Blocked, Sensitive, "grant"},
		{"Peut-on renvoyer le dossier refusé de Karim Haddad, qui est séropositif, à la MDPH ?", Blocked, Sensitive, "health"},
	})
	for _, s := range []string{
		"Peut-on renvoyer à une autre fondation un dossier refusé l'an dernier ?",
		"Can we reuse parts of an unsuccessful application when we apply to another trust?",
		"Conseil aux trésoriers : tenez une caisse à part pour la buvette et déposez-la chaque semaine à la banque.",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}

package classify

import "testing"

// A person the sentence dates in the past as dead or historical — a
// death, life years, a century, a deed dated long ago — is history, not
// a person of the association. Written before reading any labelled set.
func TestHistoryFramePersonsPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jean Moulin, mort en 1943 après avoir été torturé, a unifié la Résistance.", OK, 0, ""},
		{"Conférence sur Augustin Mouchot, inventeur d'une machine solaire au XIXe siècle.", OK, 0, ""},
		{"Marius Jacob, cambrioleur anarchiste condamné au bagne en 1905, inspira Arsène Lupin.", OK, 0, ""},
		{"Exposition : Rose Valland, qui a sauvé des milliers d'œuvres pendant la guerre, est morte en 1980.", OK, 0, ""},
		{"Le cercle porte le nom de Jules Durand, docker havrais condamné à mort à tort en 1910.", OK, 0, ""},
		{"Au XVIIIe siècle, Marie-Anne Barbier tenait une auberge sur cette place.", OK, 0, ""},
		{"Notre balade passe devant la maison natale d'Eugène Varlin, fusillé pendant la Commune.", OK, 0, ""},
		{"Le lavoir a été construit en 1887 par le maçon Étienne Rouvière.", OK, 0, ""},
		{"Émilie du Châtelet traduisit Newton au XVIIIe siècle.", OK, 0, ""},
		{"Le poilu Albert Chevrier, tué à Verdun en 1916, figure sur le monument aux morts.", OK, 0, ""},
		{"Marius Durand fut envoyé au bagne en 1905.", OK, 0, ""}, // « bagne en 1905 » is no « né en 1905 »
		{"Hubertine Auclert fonda en 1876 la première société suffragiste française.", OK, 0, ""},
		{"Lecture publique : les carnets de Léonie Vasseur (1861-1932), institutrice et féministe.", OK, 0, ""},
		{"La résistante Berthe Fraysse, fusillée par les nazis, a donné son nom à notre rue.", OK, 0, ""},
		{"Mary Seacole, a Jamaican nurse, cared for soldiers in the Crimean War in the 1850s.", OK, 0, ""},
		{"The village school was founded in 1868 by Reverend Thomas Ashby.", OK, 0, ""},
		{"Edith Cavell was executed by firing squad in Brussels in 1915.", OK, 0, ""},
		{"Our walk ends at the grave of Samuel Pike, a lighthouse keeper who died in 1894.", OK, 0, ""},
		{"In the 18th century, Hannah Glasse wrote a famous cookery book.", OK, 0, ""},
	})
}

// The same frames beside a living person: a birth year of someone who may
// live, a recent conviction, kin, a member noun, a present fact.
func TestHistoryFrameLivingPersonsStayBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Dupré, née en 1938, vit seule et souffre de diabète.", Blocked, Sensitive, ""},
		{"Jean Petit, né en 1941, adhérent depuis 1990, a un cancer.", Blocked, Sensitive, ""},
		{"Mon grand-père, Louis Garnier, déporté en 1943, est mort à Dachau.", Blocked, 0, ""},
		{"Paul Martin a été condamné en 1998 pour escroquerie.", Blocked, Sensitive, ""},
		{"Sylvie Moreau est sortie de prison en 2019.", Blocked, Sensitive, ""},
		{"Hommage à notre trésorier André Colin, décédé en mars des suites d'un cancer.", Blocked, 0, ""},
		{"Lucien Brun, ancien mineur de 1955 à 1980, est aujourd'hui sous oxygène.", Blocked, Sensitive, ""},
		{"Au XXe siècle, Paul Bernard a fondé le club ; il est aujourd'hui en maison de retraite.", Blocked, 0, ""},
		{"Marcel Roche, mort en 2025, laisse sa veuve sans ressources : elle est suivie par le CCAS.", Blocked, 0, ""},
		{"John Carter, born in 1940, lives alone and has dementia.", Blocked, Sensitive, ""},
		{"Our volunteer Peter Hall, who served in the army in 1975, suffers from PTSD.", Blocked, Sensitive, ""},
		{"In 1985, Mark Davies was convicted of fraud.", Blocked, Sensitive, ""},
		{"Georges Lemoine, fusillé en 1944, était le père de notre adhérente Mme Lemoine.", Blocked, 0, ""},
	})
}

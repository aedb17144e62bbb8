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
		{"Tué en 1942, Paul Lévy était le grand-père de notre présidente.", Blocked, 0, ""},
		{"Fusillé en 1944, Jean Roux était juif et communiste ; son petit-fils est adhérent.", Blocked, Sensitive, ""},
		{"Au XIXe siècle, Marie Durand a été condamnée pour vol ; son arrière-petite-fille Léa Durand est adhérente.", Blocked, Sensitive, ""},
		{"Le 12 mars 1944, Jacqueline Weil, alors âgée de 5 ans, a été cachée par des voisins.", Blocked, 0, ""},
	})
}

// A burial, a deed dated before 1946 (an adult then would be over a
// hundred), with the same guards.
func TestHistoryBurialsAndOldDeeds(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Visite du cimetière : la tombe d'Adèle Fournier, inhumée en 1931, première institutrice du village.", OK, 0, ""},
		{"En 1936, Léon Mercadier ouvre la première colonie de vacances de la commune.", OK, 0, ""},
		{"In 1938, Alfred Hensley opened the first free clinic in the valley.", OK, 0, ""},
		{"Le square porte le nom de Lucien Brault, maire de la commune de 1919 à 1941.", OK, 0, ""},
		{"The bench remembers Walter Briggs, buried here in 1952.", OK, 0, ""},
		{"Arrivé en France en 1939, M. Garcia, 91 ans, témoignera au collège.", Blocked, 0, ""},
		{"Jean Garcia, réfugié espagnol arrivé en 1939, vit aujourd'hui à l'EHPAD.", Blocked, 0, ""},
		{"En 1941, Simone Lévy, alors âgée de 3 ans, est cachée à Lyon.", Blocked, 0, ""},
		{"Paul Martin, adhérent depuis 1940, fête ses 100 ans.", Blocked, 0, ""},
		{"In 1944, our oldest member Edith Cole was born in Leeds.", Blocked, 0, ""},
		{"En 1945, Jean Morel, alors enfant, a perdu ses parents ; il vit à Dijon.", Blocked, 0, ""},
	})
}

// An era of the past names history as a century does; so does the
// hundredth year of a birth or of a death.
func TestHistoryErasAndCentenaries(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Balade sur les pas de Guillaume Ravel, maître verrier de la Renaissance.", OK, 0, ""},
		{"Atelier enluminure : le scriptorium du moine Anselme Gaudin au Moyen Âge.", OK, 0, ""},
		{"Walk in the footsteps of Thomas Pell, a Victorian lamplighter.", OK, 0, ""},
		{"Conférence pour les 150 ans de la naissance de Marthe Vigier, pionnière de l'aviation.", OK, 0, ""},
		{"Bicentenaire de la mort d'Étienne Cabanel, fondateur de la première école du canton.", OK, 0, ""},
		{"Centenary of the death of Agnes Holloway, the village's first nurse.", OK, 0, ""},
		{"Lecture : Armande Vidal, Lettres à une amie (1788).", OK, 0, ""},
		{"Pour les 90 ans de Jeanne Roux, notre doyenne, goûter surprise.", Blocked, 0, ""},
		{"L'association Renaissance accompagne Paul Martin dans son sevrage.", Blocked, 0, ""},
		{"Le centenaire de notre club : Paul Martin, président, est hospitalisé.", Blocked, Sensitive, ""},
		{"Jean Dupont (1938), ancien mineur, est sous oxygène.", Blocked, Sensitive, ""},
	})
}

package classify

import "testing"

// A sentence that says it tells a work or a story — a work noun, a
// character noun or a verb of telling a work — tells of characters: their
// names, ailments and crimes are the story's. Written before reading any
// labelled set, by kind.
func TestStoryFrameCharactersPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le roman raconte la fuite de Jeanne Berthier, une ouvrière lyonnaise accusée d'un vol qu'elle n'a pas commis.", OK, 0, ""},
		{"L'héroïne, Clémence Aubry, apprend au deuxième chapitre qu'elle est atteinte d'une leucémie.", OK, 0, ""},
		{"Le conte met en scène Gaspard le meunier et sa fille Rosalie, enlevée par un ogre.", OK, 0, ""},
		{"Dans cette BD, Capitaine Pistache et son perroquet Oscar cherchent un trésor.", OK, 0, ""},
		{"Le protagoniste, Antoine Lebrun, sort de prison et tente de retrouver sa fille.", OK, 0, ""},
		{"La série suit trois sœurs, dont Maud Lefèvre, qui cache son homosexualité à ses parents.", OK, 0, ""},
		{"Atelier d'écriture : imaginez la suite des aventures de Lili Pimprenelle, la petite sorcière.", OK, 0, ""},
		{"La légende raconte que Jean Pécheur a sauvé le village de la crue.", OK, 0, ""},
		{"Dans le troisième épisode, le commissaire Vidal découvre que sa femme le trompe.", OK, 0, ""},
		{"Le personnage de Mamie Rose, atteinte d'Alzheimer, est au cœur de la pièce.", OK, 0, ""},
		{"Club lecture : le narrateur, Paul Ferrand, raconte son enfance pauvre en Bretagne.", OK, 0, ""},
		{"Ce polar suit l'inspecteur Maurel, qui enquête sur la mort d'un pêcheur à Sète.", OK, 0, ""},
		{"Le film met en scène Nadia Haddad, infirmière de nuit aux urgences, face à un patient violent.", OK, 0, ""},
		{"Théâtre d'ombres : la fable de Renart et d'Ysengrin, pour les 6-10 ans.", OK, 0, ""},
		{"The novel follows Daisy Turner, a nurse in wartime London who falls in love with a prisoner.", OK, 0, ""},
		{"In chapter two, the hero, Tom Whitfield, is arrested for a theft he did not commit.", OK, 0, ""},
		{"The main character, Ellie Brooks, struggles with depression after her mother's death.", OK, 0, ""},
		{"The tale tells how Jack Fairweather outwitted the giant.", OK, 0, ""},
		{"The comic follows Captain Ruby and her robot dog on their space adventures.", OK, 0, ""},
		{"The story is about Walter Price, a lonely widower who befriends a stray cat.", OK, 0, ""},
		{"In the play, Margaret Hale, a vicar's daughter, moves to an industrial town.", OK, 0, ""},
	})
}

// The same frames beside a real person: the cast, « notre », contact
// details, a member noun, a figurative hero, a verb of telling that tells
// news, a treatment someone follows.
func TestStoryFrameRealPersonsStayBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dans la pièce, le rôle d'Argan est joué par Bernard Colin, qui sort d'un infarctus.", Blocked, Sensitive, ""},
		{"Le roman que Sophie Garnier écrit raconte sa propre dépression ; elle nous a demandé de ne pas en parler.", Blocked, Sensitive, ""},
		{"Notre bénévole Lucie Perrin joue l'héroïne ; elle est enceinte de cinq mois.", Blocked, Sensitive, ""},
		{"Pour le spectacle, Karim Mansouri (06 11 22 33 44) tiendra le rôle du héros.", Blocked, 0, ""},
		{"Le personnage sera interprété par Marc Olivier, notre adhérent, qui est séropositif.", Blocked, Sensitive, ""},
		{"La pièce est reportée : Jeanne Roussel, la metteuse en scène, est hospitalisée.", Blocked, Sensitive, ""},
		{"Le héros de la soirée, c'est Julien Moreau, qui a fini le marathon malgré son diabète.", Blocked, Sensitive, ""},
		{"Elle raconte que Paul Vincent, son voisin, a été condamné pour violences.", Blocked, Sensitive, ""},
		{"Le conte de Noël sera lu par Mme Petit, qui est revenue de l'hôpital hier.", Blocked, 0, ""},
		{"Martine Leroy suit une chimiothérapie depuis mars.", Blocked, Sensitive, ""},
		{"Le film tourné par l'association montre Mme Diallo, bénéficiaire, à la sortie de sa chimio.", Blocked, Sensitive, ""},
		{"Dans le roman qu'il écrit, notre adhérent Hugo Marchand raconte sa sortie de prison.", Blocked, Sensitive, ""},
		{"The play is cancelled because our lead actress, Hannah Scott, has been diagnosed with cancer.", Blocked, Sensitive, ""},
		{"Tom Baker, who plays the hero, told us he is in rehab.", Blocked, Sensitive, ""},
		{"Anna Reed follows a treatment for HIV.", Blocked, Sensitive, ""},
		{"The story of our member Jack Dunn, who fought alcoholism, will be in the newsletter.", Blocked, 0, ""},
		{"Our hero of the week is Sam Elliott, who got back to work after his stroke.", Blocked, Sensitive, ""},
		// a song, a true story, an age, « c'est » after a hero: real people
		{"La chanson raconte l'histoire de Marcel Dupuis, mineur devenu aveugle après un coup de grisou.", Blocked, Sensitive, ""},
		{"La chanson raconte l'histoire de Marc Dubois, le fils de la boulangère, mort d'une overdose.", Blocked, 0, ""},
		{"La pièce raconte l'histoire vraie de Mme Roche, qui a perdu son fils dans un accident de la route.", Blocked, 0, ""},
		{"The film tells the true story of Paul Hart, who beat cancer at 40.", Blocked, Sensitive, ""},
		{"Notre conte raconte la vie de Mamie Lucette, 92 ans, résidente de l'EHPAD, atteinte d'Alzheimer.", Blocked, Sensitive, ""},
		{"Le spectacle met en scène Karim Haddad, 17 ans, qui sort de prison et cherche un emploi.", Blocked, Sensitive, ""},
		{"Le personnage principal, c'est Lucas Bernard, un élève de CM2 de l'école Jules-Ferry, qui est autiste.", Blocked, Sensitive, ""},
		{"L'héroïne, Mme Fabre, est en réalité notre ancienne présidente, décédée d'un cancer.", Blocked, Sensitive, ""},
		{"Le film suit Nadia, 34 ans, demandeuse d'asile soudanaise hébergée par notre antenne.", Blocked, Sensitive, ""},
	})
}

// The legend of someone names the legend's hero (« la légende de Jean
// Sans-Peur »); whoever tells it, or a member called a legend, is real.
func TestLegendOfItsHero(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Veillée : la légende de Jean Sans-Peur, le chevalier qui ne tremblait jamais.", OK, 0, ""},
		{"Storytelling hour: the legend of Jack Lantern and the Devil.", OK, 0, ""},
		{"Conte musical : la ballade de Pierre Loup-Garou, berger des Causses.", OK, 0, ""},
		{"Balade contée : la légende de la fée Morgane, gardienne du lac.", OK, 0, ""},
		{"Paul Martin, qui sort de prison, racontera la légende de Mélusine.", Blocked, Sensitive, ""},
		{"La légende du club, Paul Martin, est hospitalisé.", Blocked, Sensitive, ""},
		{"La légende de Paul Martin, notre doyen, qui a fait 40 marathons malgré son diabète.", Blocked, Sensitive, ""},
	})
}

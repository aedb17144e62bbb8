package classify

// personNouns name one person (with a singular determiner they anchor a
// sentence to that person).
const personNouns = `
bénévole bénéficiaire adhérent adhérente salarié salariée employé employée stagiaire volontaire
secrétaire trésorier trésorière président présidente vice-président vice-présidente directeur
directrice coordinateur coordinatrice animateur animatrice éducateur éducatrice intervenant
intervenante formateur formatrice membre voisin voisine mère père fils fille enfant gamin gamine
petit petite dame monsieur madame homme femme jeune ado adolescent adolescente mamie papi papy
grand-mère grand-père mari épouse époux conjoint conjointe compagnon compagne copain copine ami amie
frère sœur soeur cousin cousine oncle tante neveu nièce bébé garçon maman papa client cliente
donateur donatrice personne résident résidente sdf sans-abri habitant habitante retraité retraitée usager usagère
participant participante apprenant apprenante élève étudiant étudiante patient patiente locataire
famille couple foyer ménage collègue camarade joueur joueuse licencié licenciée parent accueilli
accueillie exilé exilée migrant migrante demandeur demandeuse chauffeur cuisinier cuisinière gardien
gardienne concierge professeur prof maîtresse entraîneur entraîneuse coach mec gars type nana
comptable responsable référent référente salariée service-civique chef cheffe chargé chargée
fondateur fondatrice cofondateur cofondatrice webmaster médiateur médiatrice agent agente assistante
assistant conseiller conseillère juriste psychologue moniteur monitrice régisseur régisseuse capitaine
arbitre délégué déléguée porte-parole apprenti apprentie alternant alternante doyen doyenne
boulanger boulangère pharmacien pharmacienne médecin infirmier infirmière facteur factrice épicier
épicière commerçant commerçante plombier électricien garagiste coiffeur coiffeuse serveur serveuse
volunteer beneficiary member neighbour neighbor mother father son daughter child kid boy girl man
woman lady gentleman guy wife husband partner friend brother sister colleague employee client donor
resident tenant student patient teenager baby family person treasurer secretary chair chairman
chairwoman president coordinator director manager participant trainee
caissier caissière cuisto cuistot vendeur vendeuse livreur livreuse dad mum mom daddy mummy grandma
grandpa granny cook caretaker janitor coach évêque curé imam pasteur rabbin prêtre abbé priest bishop
pastor rabbi vicar
`

// roleNouns designate one person in a small association by their role.
const roleNouns = `
trésorier trésorière secrétaire président présidente vice-président vice-présidente directeur
directrice coordinateur coordinatrice comptable salarié salariée animateur animatrice cuisinier
cuisinière chauffeur gardien gardienne concierge éducateur éducatrice responsable référent référente
service-civique treasurer secretary chair chairman chairwoman president coordinator director
chef cheffe chargé chargée fondateur fondatrice cofondateur cofondatrice webmaster médiateur médiatrice
agent agente juriste psychologue moniteur monitrice régisseur régisseuse stagiaire apprenti apprentie
alternant alternante entraîneur entraîneuse coach délégué déléguée porte-parole founder manager coach
cuisto cuistot cook caretaker janitor évêque curé imam pasteur rabbin prêtre abbé priest bishop pastor
rabbi vicar
`

// publicBodies after a role make it a public office, not a single person
// of the association ("le président du conseil départemental").
const publicBodies = `
république région régional régionale département départemental départementale conseil métropole
agglomération agglo communauté sénat nationale cour tribunal fédération préfecture caf cpam ville
mairie commune jury france état gouvernement nation ministère banque université jury club comité
`

// populationNouns are the plural public of an association.
const populationNouns = `
bénéficiaires adhérents adhérentes membres bénévoles donateurs donatrices familles usagers usagères
habitants habitantes jeunes enfants parents personnes participants participantes résidents
résidentes locataires salariés salariées élèves patients patientes public publics femmes hommes
seniors retraités retraitées foyers ménages accueillis accueillies demandeurs apprenants stagiaires
clients clientes mamans papas mères pères exilés migrants réfugiés licenciés joueurs
beneficiaries donors members volunteers families users participants residents clients people
students parents women men tenants inscrits inscrites jardiniers jardinières étudiants étudiantes
apprenantes kids children learners gardeners youngsters pensioners seniors retirees
`

// photoWords name a picture or a recording.
const photoWords = `
photo photos vidéo vidéos video videos film films selfie selfies image images picture pictures
cliché clichés portrait portraits photographie photographies enregistrement enregistrements footage
diaporama diaporamas slideshow story stories reel reels montage
`

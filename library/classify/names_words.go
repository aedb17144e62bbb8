package classify

// Word lists of the name rules. Entries are folded when compiled, so
// accents and case do not matter here.

// commonCapWords are capitalised at the start of a sentence or in titles
// but are not names.
const commonCapWords = `
le la les l un une des de du d au aux et ou à en dans sur sous pour par avec sans chez entre vers
notre nos votre vos leur leurs mon ma mes ton ta tes son sa ses ce cet cette ces ceci cela ça
il elle ils elles on nous vous je tu qui que quoi quand comment pourquoi où dont si mais donc car
oui non pas plus moins très tout tous toute toutes chaque aucun aucune rien personne
bonjour bonsoir merci rappel attention info infos note nb ps contact tél tel adresse objet date lieu
heure horaires prix tarif tarifs inscription inscriptions programme ordre jour urgent important
atelier ateliers réunion sortie fête journée semaine marché vente collecte assemblée conseil bureau
association asso mairie ville région département état république gouvernement europe france
nouveau nouvelle nouveaux grand grande petit petite bon bonne belle beau vieux vieille jeune
rendez-vous accueil permanence cours stage formation conférence concert spectacle exposition
projet action actions mission missions équipe bénévoles bénévole adhérents adhérent membres
the a an of our we you they he she it this that these those for with from at in on to and or but
if not no yes hello hi dear thanks thank please all new big small old young my his her their its
mr mrs ms miss dr
`

// dayMonthWords are days and months in French and English.
const dayMonthWords = `
lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
noël pâques toussaint pentecôte ascension
`

// venueWordList introduces a place or a body named after a person.
const venueWordList = `
salle salles sale place parking rue avenue av bd boulevard cours quai allée impasse chemin route passage sentier
esplanade parvis square parc jardin jardins pont  gare station arrêt métro tram tramway bus
ligne lycée collège école écoles groupe université fac faculté institut iut campus amphi
amphithéâtre hôpital hospitalier clinique chu ehpad résidence foyer maison mjc centre espace
pôle gymnase stade piscine complexe halle hall médiathèque bibliothèque ludothèque musée théâtre
cinéma opéra auditorium église chapelle cathédrale basilique temple mosquée synagogue paroisse
fondation institution prix festival trophée concours cité quartier village hameau domaine ferme
château villa bâtiment immeuble  club café bar restaurant brasserie librairie pharmacie
compagnie collectif association asso entreprise société éditions fédération union ligue
street road lane school college hospital center park library museum university church bridge
aéroport airport  lac plage forêt  mont montagne  vallée île ile canal rivière fleuve
plateau  marina  za zi zac centre-ville rond-point carrefour croix  faubourg butte colline
lotissement lieu-dit  auberge hôtel camping gîte refuge abbaye couvent monastère  citadelle
phare moulin manoir arena palais cirque supermarché magasin boutique épicerie dojo boulodrome
skatepark city-stade terrain patinoire caserne préfecture crèche halte-garderie polyclinique
dispensaire pmi cmp ime esat ecole antenne agence  secteur délégation  commune territoire
bassin canton communauté métropole région département ville village mairie
`

// venueLinkWords may stand between a venue word and the name it carries
// ("centre hospitalier Henri Laborit", "lycée professionnel Jean Lurçat").
const venueLinkWords = `
de du des d la le l les professionnel professionnelle hospitalier hospitalière municipal municipale
universitaire général générale public publique privé privée sportif sportive culturel culturelle
social sociale socioculturel régional régionale départemental départementale intercommunal
communal communale nautique polyvalent polyvalente agricole technique technologique maternelle
élémentaire primaire saint sainte st ste of the
`

// civilityWords come before a surname.
const civilityWords = `
m mme mmes mlle mlles madame monsieur messieurs mesdames mademoiselle dr docteur docteure me maître
pr professeur professeure mr mrs ms miss sir
`

// acronymWords are upper-case words that are not surnames.
const acronymWords = `
cgt cfdt fo cftc cgc unsa sud fsu lr ps rn lfi eelv pcf modem udi npa fn
caf cpam rsa cmu ame cv fle bafa bafd scic scop sas sarl ong asbl pma vih sida adn cada huda
sncf ratp ehpad pdf iban bic rib pin nir siret siren rna tva urssaf pole emploi mdph aah apl
rgpd cnil ia ai ok rdv rib cesu ccas ssiap psc pse rer tgv ter bts dut iut cap bep bac
cni ssn nss ssi msa cpf siren ape naf insee rsi ars ddcs pmi ase mdph cmuc css
`

// nameContextWords before a first name that is also a word make it a
// person: "chez Rose", "avec Pierre", "demander à Claire".
const nameContextWords = `
à a chez avec pour par et appeler demander voir rappeler contacter prévenir remercier dire
ask call tell thank with
`

// titleWords make a named person a public figure (gray zone).
const titleWords = `
ministre, ancien ministre, ancienne ministre, maire, adjoint au maire, adjointe au maire,
député, députée, sénateur, sénatrice, préfet, préfète, président de la république,
présidente de la république, secrétaire d'état, eurodéputé, eurodéputée, conseiller régional,
conseillère régionale, conseiller départemental, conseillère départementale,
écrivain, écrivaine, auteur, autrice, auteure, romancier, romancière, poète, poétesse, artiste,
chanteur, chanteuse, comédien, comédienne, acteur, actrice, réalisateur, réalisatrice,
journaliste, humoriste, rappeur, rappeuse, photographe, illustrateur, illustratrice,
dessinateur, dessinatrice, footballeur, footballeuse, champion, championne, athlète,
académicien, académicienne, prix nobel, concert de, spectacle de, exposition de, expo de, lecture de,
dédicace de, conférence de, rencontre avec, en concert, in concert, en spectacle, en dédicace, en tournée, on tour, film de, documentaire de, pièce de, œuvres de, tableaux de,
livre de, roman de, album de, chansons de, hommage à, in memoriam, biographie de, chef étoilé, cheffe étoilée, philosophe, historien,
historienne, sociologue, scientifique, astronaute, navigateur, navigatrice,
minister, mayor, senator, writer, author, singer, actor, actress, artist, director, novelist, poet,
painter, musician, composer, rapper, comedian, filmmaker, photographer, journalist, footballer, athlete,
anything by, songs by, song by, music by, books by, book by, poems by, works by, novel by, play by,
film by, written by, painted by, composed by, directed by, sung by, chansons de, poèmes de, musique de
`

// firstnameWords are in the first-name lists but are mostly common words
// in an association's texts: they need the evidence an ambiguous first
// name needs.
const firstnameWords = `
amant amante bebe calin chien coco colin dieu lieu marge marques normand pepin relu sante sien
tara truc that ties floor else lone mama song sister virgin viva walker bless flip bang bac lac loi
mari tue vit due que ton the man sir sire sep sil ace ale ales inc gal han tan tin tao rama
cana nova pat mile mina mir prima primo quarto natale vida palma lyric sincere quasimodo lovely
woody warren wellington freeman foster turner miller carter chandler cooper walker hardy
urban gentile emerald garnet fender maverick rover ransom buster buddy dusty randy
reis rares tope trac tram tran tressa venere regula paterne metra lieu loua bade bure
samba baba bibi kiki lulu titi nene pepe
`

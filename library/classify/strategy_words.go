package classify

// strategyTerms are the association's confidential matters.
var strategyTerms = []term{
	{"confidential", `en secret, confidentiel, confidentielle, confidentiels, confidentielles, entre nous,
		ne pas diffuser, à ne pas diffuser, ne pas divulguer, ne pas ébruiter, ne pas partager, top secret,
		strictement interne, usage interne, diffusion interne, en off, c'est off, off the record, motus,
		pas encore officiel, pas encore officielle, pas encore public, pas encore annoncé, pas encore annoncée,
		non public, non publique, sous embargo, secret, secrète, ne le dites pas, ne dites rien,
		gardez ça pour vous, garde ça pour toi, ne pas en parler, n'en parlez pas, n'en parle pas,
		personne ne doit savoir, en confidence, officieusement, pas un mot, ne pas communiquer,
		ne pas mentionner, à garder pour nous, réservé au bureau, réservé au ca, ne doit pas sortir,
		avant l'annonce officielle, ça reste entre nous, reste entre nous, pour vous seuls,
		pas encore au courant, ne sont pas au courant, n'est pas au courant, personne n'est au courant,
		ne doit pas savoir, ne doivent pas savoir, sans le dire, avant de l'annoncer, à ne pas communiquer,
		à ne pas ébruiter, ne le savent pas, ne le sait pas,
		confidential, do not share, do not forward, internal only, not public yet, keep it quiet`, strong},
	{"merger", `fusion, fusionner, fusionne, fusion-absorption, rapprochement avec, absorption, absorber,
		absorbé, absorbée, reprise de l'association, regroupement avec, mutualisation avec, merger,
		takeover, merge with`, strong},
	{"merger", `projet de rapprochement, rapprochement, restructuration, reprise de nos activités,
		reprendre nos activités, nous reprendre`, strong},
	{"merger", `se rapprocher, scic, filiale`, weak},
	{"finance", `déficit, déficitaire, découvert bancaire, à découvert, en découvert, dette, dettes, endetté,
		endettée, impayé, impayés, impayée, impayées, charges non justifiées, dépenses non justifiées,
		commissaire aux comptes, redressement judiciaire, cessation de paiement, cessation de paiements,
		liquidation, fonds propres négatifs, retard de paiement, retards de paiement, salaires en retard,
		détournement, fraude, malversation, caisse noire, trou dans la caisse, trou de trésorerie,
		tension de trésorerie, problème de trésorerie, plus de trésorerie, relevé de compte, relevés de compte,
		solde du compte, solde bancaire, deficit, debt, debts, overdraft, embezzlement, fraud, in the red,
		sur le compte, sur notre compte, en caisse, dans la caisse, reste à payer, fiche de paie,
		fiches de paie, bulletin de salaire, bulletins de salaire, son salaire, sa rémunération,
		salaire de, salaire brut, salaire net, contrôle urssaf, redressement urssaf, contrôle fiscal,
		pénalités de retard, facture impayée, factures impayées, loyer impayé, comptes pas encore validés,
		comptes non validés, bilan pas encore publié, perte de, perdu de l'argent, bank balance,
		salary of, his salary, her salary, payslip, compte de résultat, résultat négatif, endettement,
		avance de trésorerie, pas de quoi payer, ne peut pas payer, ne pourra pas payer,
		on ne pourra pas payer, payer les salaires, il manque, trou de, trou dans le budget,
		dépassement budgétaire, dérapage budgétaire, budget réel, comptes de l'association,
		can't pay, cannot pay, shortfall, un découvert, le découvert, notre découvert, budget dépassé,
		budget explosé, on a dépassé, masse salariale, subvention non versée, pas encore versée,
		dans le rouge, on est dans le rouge, en caisse il reste, plus que, trou de trésorerie`, strong},
	{"finance", `trésorerie, pertes, perte, emprunt, prêt bancaire, audit, budget prévisionnel`, weak},
	{"negotiation", `négocie, négocier, négociation, négociations, négocions, négocient, on demande,
		ils offrent, elles offrent, ils proposent, contre-proposition, pourparlers, offre de rachat,
		en discussion avec, on discute avec, negotiate, negotiating, negotiation, negotiations,
		counter-offer, counteroffer`, strong},
	{"grant", `pas encore déposé, pas encore déposée, pas encore envoyé, pas encore envoyée,
		pas encore soumis, pas encore soumise, non déposé, non déposée, avant dépôt, pas encore rendu,
		dossier en préparation, demande en préparation, en cours de rédaction, brouillon du dossier,
		not yet submitted, not submitted yet, draft application, draft grant`, strong},
	{"grant", `demande de subvention, dossier de subvention, appel à projets, candidature, grant application`, weak},
	{"hr", `licenciement, licenciements, licencier, licencié pour, licenciée pour, rupture conventionnelle,
		avertissement, mise à pied, sanction disciplinaire, procédure disciplinaire, entretien préalable,
		altercation, altercations, harcèlement, harcèle, harcelé, harcelée, harceler, conflit, conflits,
		démission, démissionner, démissionne, démissionné, arrêt maladie, prud'hommes, prudhommes, faute grave,
		insuffisance professionnelle, se sont disputés, se sont battus, dispute, engueulade, clash, tensions,
		menace de démissionner, plainte d'un salarié, souffrance au travail, burn-out d'un salarié,
		fired, dismissal, dismissed, harassment, resignation, resigned, disciplinary, grievance, sick leave,
		comportement déplacé, gestes déplacés, geste déplacé, propos déplacés, mains baladeuses,
		remarques sexistes, propos sexistes, propos racistes, remarques racistes, insultes, insulte,
		insulté, insultée, menaces, menacé, menacée, intimidation, agression sexuelle, attouchements,
		humiliation, humilié, humiliée, dénigre, renvoyé, renvoyée, virer, viré, virée,
		se séparer de, fin de son contrat, ne pas renouveler son contrat, contrat pas renouvelé,
		été licencié, être licencié, été licenciée, être licenciée, rupture de contrat, blâme,
		mise à l'écart, départ négocié, inappropriate behaviour, bullying, threatened, avances, drague,
		dragué, draguée, draguer, comportement inapproprié, gestes inappropriés, attitude déplacée,
		se plaint de, s'est plainte, s'est plaint, mal à l'aise, insistant, insistante, pressions,
		intimide, mettre fin à son contrat, met fin à son contrat, mettre fin au contrat, rompre son contrat,
		période d'essai, faute professionnelle, sanction, sanctionner, sanctionné, sanctionnée,
		convoqué, convoquée, lettre de licenciement, remercié, remerciée`, strong},
	{"litigation", `assignation, assigné, assignée, assigner, tribunal, contentieux, plainte, plaintes,
		mise en demeure, procès, huissier, commissaire de justice, litige, litiges, poursuites,
		en justice, dommages et intérêts, recours contentieux, lawsuit, sued, sue, court case, legal action,
		lawyer letter`, strong},
	{"litigation", `avocat, avocate, avocats, juridique, lawyer, attorney`, weak},
}

// grantIntentWords announce an application still being written.
const grantIntentWords = `
on va solliciter, nous allons solliciter, va solliciter, on sollicite, solliciter, on va demander,
nous allons demander, on compte demander, on va candidater, nous allons candidater, candidater,
on prépare le dossier, on prépare la demande, on prépare une demande, nous préparons le dossier,
nous préparons la demande, préparer le dossier, préparer la demande, on rédige, nous rédigeons,
en cours de rédaction, à déposer, à rendre avant, avant le dépôt, on va déposer, on va répondre,
nous allons répondre, on monte le dossier, montant demandé, montant sollicité, on demandera,
we will apply, we plan to apply, we are applying, en cours, à venir, va déposer, allons déposer,
pas encore, bientôt déposé, brouillon, draft
`

// fundingWords name a grant or a funder.
const fundingWords = `
subvention, subventions, financement, financements, fondation, appel à projets, aap, fdva, fonjep,
mécénat, mécène, dossier de demande, demande d'aide, aide financière, fonds, grant, funding, foundation,
dotation, politique de la ville, contrat de ville, fse, anct, drajes, demande fdva, dossier fdva
`

// genericMarkers before a word show generic or public use.
const genericMarkers = `
atelier, ateliers, conférence, conférences, permanence, permanences, prévention, sensibilisation,
dépistage, information, informations, formation, formations, initiation, table ronde, tables rondes,
journée, journées, semaine, mois, débat, débats, projection, exposition, documentaire, film,
intervention, interventions, campagne, groupe de parole, groupes de parole, sur les, sur la, sur le,
sur l', autour de, autour du, autour des, lutte contre, contre les, contre le, contre la, thème,
thématique, ouvert à tous, ouverte à tous, ouverts à tous, ouvertes à tous, pour les, pour tous,
accès au droit, accès aux droits, collecte, gestion des, gestion du, prévenir, comprendre, vivre avec,
parler de, parler du, droit du travail, droits des, aide aux, accompagnement des, soutien aux,
livret, guide, brochure, flyer, affiche, quiz, module, cours, cours de, cours d', entrée libre,
gratuit, gratuite, forum, salon, marche, course, octobre rose, téléthon, sidaction, don du sang,
vaccination, webinaire, séminaire, colloque, rencontre, rencontres, café, ciné-débat, spectacle,
concert, festival, histoire de, histoire des, mémoire de, mémoire des, musée, visite,
workshop, conference, talk, awareness, screening, documentary, prevention, training, about, on the,
seminar, webinar, open to all, free entry, fundraiser, for people
`

// publishedMarkers say that a figure is already public.
const publishedMarkers = `
bilan en ligne, rapport annuel, rapport d'activité, rapport d'activités, publié, publiée, publiés,
publiées, sur notre site, sur le site, comme indiqué, journal officiel, compte rendu public, déjà public,
déjà publique, annual report, published, on our website
`

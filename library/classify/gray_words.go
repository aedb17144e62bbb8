package classify

// Word lists of the gray-zone rules (gray.go).

// grayTerms are doubtful by themselves.
var grayTerms = []term{
	{"aggregate", `la plupart, la plupart de, la majorité, majorité de, en moyenne, moyenne d'âge, pour cent,
		pourcent, beaucoup de, de nombreux, de nombreuses, de plus en plus de, la moitié, un tiers, deux tiers,
		un quart, trois quarts, plus de la moitié, une grande partie, sur dix, sur 10, presque tous, presque toutes,
		majoritairement, principalement, essentiellement, surtout des, en grande partie, dont la moitié,
		parmi eux, parmi elles, parmi nos, parmi les, une famille sur, un enfant sur, une personne sur,
		un sur, une sur, sur trois, sur quatre, sur cinq, proportion, taux de, part des, nombre de,
		plus nombreux, plus nombreuses, de moins en moins, la grande majorité, quasiment tous,
		most of, many of, on average, half of, the majority, percent, a third, most, among our,
		average age, proportion of, share of, surtout, souvent, en majorité, mostly, mainly, often,
		une quarantaine, une trentaine, une vingtaine, une dizaine, une cinquantaine, une centaine,
		a doublé, a triplé, ont doublé, en hausse, en baisse, augmentation du nombre, hausse du nombre,
		baisse du nombre, ont augmenté, a augmenté, ont baissé, a baissé, sont passés de, est passé de,
		profil type, profil de nos, portrait de nos, typique, la moyenne, moyenne, chiffres, statistiques,
		d'après nos chiffres, selon nos chiffres, enquête auprès de nos, sondage,
		aucun de nos, aucune de nos, la plupart d'entre eux, la plupart d'entre elles,
		a bondi, a bondi de, ont bondi, a explosé, ont explosé, has jumped, jumped by, rose by,
		increased by, has doubled, dropped sharply, has dropped, dropped by, fell by, declined, went down, went up, around half, about half, nearly half, almost half, une douzaine,
		le quart, le tiers, une minorité, la minorité, minorité de, une majorité, l'impression que,
		on constate que, on remarque que, on observe que, on sent que, a chuté, ont chuté, a diminué,
		ont diminué, a reculé, ont reculé, a progressé, ont progressé, en recul, en chute`, 0},
	{"partner", `envisage de fermer, envisagent de fermer, va fermer, vont fermer, risque de fermer,
		menace de fermer, menacé de fermeture, menacée de fermeture, en difficulté, en difficultés,
		difficultés financières, pourrait ne pas avoir lieu, pourrait être annulé, pourrait être annulée,
		risque d'être annulé, risque d'être annulée, rumeur, rumeurs, il paraît que, bruit qui court,
		plan social, faillite, dépôt de bilan, en crise, perd son financement, perdu sa subvention,
		baisse de subvention, baisse des subventions, coupe budgétaire, coupes budgétaires,
		suppression de poste, suppressions de postes, pas renouvelé, pas renouvelée, non renouvelé,
		non renouvelée, va mal, ne va pas bien, a des problèmes, a des difficultés, retirer son soutien,
		retire son soutien, se retire, se désengage, se désengager, arrêter le partenariat,
		arrête le partenariat, ne plus nous soutenir, ne plus financer, pourrait arrêter, compte arrêter,
		songe à, serait en train de, rachat, racheté, rachetée, changement de direction, redressement,
		licenciements chez, ferme ses portes, fermer ses portes, mettre la clé sous la porte,
		might close, may close, struggling, going bankrupt, rumour, rumor, might not happen,
		in trouble, pulling out, withdraw its support, ne paie plus, n'a pas payé, n'ont pas payé,
		retard de versement, subvention en retard, ne veut plus, veut récupérer, veut reprendre,
		risque de perdre, on va perdre, on risque de perdre, ne sera pas reconduit, ne sera pas reconduite,
		pas reconduit, pas reconduite, il semblerait, il semble que, apparemment, d'après la rumeur,
		serait en difficulté, serait en redressement, aurait des difficultés, aurait perdu,
		récupérer le local, récupérer notre local, reprendre le local, reprendre notre local,
		perdre le local, perdre notre local, réduit sa subvention, réduire sa subvention,
		baisse sa subvention, baisser sa subvention, réduction de subvention, réduction de la subvention,
		subvention réduite, subvention divisée, subvention supprimée, supprime sa subvention,
		supprimer la subvention, fin de la subvention, financement supprimé, ne financera plus,
		problèmes financiers, money problems, financial difficulties, financial trouble, cutting its grant,
		cut its funding, arrête les dons, arrêter les dons, ne donne plus, ne donnera plus, moins de dons,
		réduit ses dons, se retire du, quitte le partenariat, en liquidation, racheté par, rachetée par,
		menace d'arrêter, menace de partir, may not be available, might not be available, no longer available,
		ne sera plus disponible, ne sera peut-être plus disponible, cherche un repreneur, cherche des repreneurs, repreneur,
		parait-il, paraît-il, à ce qu'il paraît, en froid, en froid avec, froid avec, relations fraîches,
		sont fraîches, relations tendues, laisse entendre, a laissé entendre, laissent entendre,
		renouvellera peut-être pas, reconduira peut-être pas, pourrait ne plus, pourraient ne plus,
		ne plus nous prêter, ne plus nous accueillir, receivership, go into receivership, going under,
		might not renew, may not renew, rien n'est signé, rien n'est sûr, pas donné suite, pas de suite,
		jamais recontacté, jamais recontactés, jamais rappelé, jamais rappelés, ne nous invite plus,
		ne nous invitent plus, ne nous prête plus, no follow-up, never got back, gone quiet, gone silent, radio silence, silence radio,
		ne se parlent plus, not speaking to each other, aren't speaking, don't speak to each other, pas de réponse de, toujours pas de réponse, n'a pas rappelé,
		n'ont pas rappelé, ne répond plus, ne répondent plus, sans nouvelles de, pas de nouvelles de,
		hasn't replied, haven't replied, has not replied, no reply from, no answer from, did not renew,
		didn't renew, has not renewed, n'a pas renouvelé, ne s'est pas encore engagé, pas encore engagé,
		pas encore engagée, pas de nouvelles du, pas de nouvelles des, sans nouvelles du, prend ses distances, prennent leurs distances, hésite à, hésitent à,
		on attend encore, on attend toujours, attend encore le, still waiting for, pas encore reçu,
		not yet received, n'a pas encore versé, haven't heard from, hasn't answered, might pull out, hinted, rumoured, rumored, on dit que, bruits de couloir`, 0},
	{"internal", `repoussé, repoussée, repoussés, reporté à l'an prochain, reporté sine die, on a décidé,
		nous avons décidé, décidé en bureau, en bureau, le bureau a décidé, le ca a décidé,
		conseil d'administration a décidé, décision interne, en interne, gel des embauches,
		recrutement, recruter, embauche, embaucher, a été décidé, a décidé de, va être supprimé,
		va être supprimée, sera supprimé, sera supprimée, on arrête, on va arrêter, on supprime, on réduit,
		pas encore été comptabilisé, pas encore été comptabilisée, pas encore été comptabilisés,
		pas encore été versé, pas encore été versée, pas encore diffusé, pas encore diffusée, pas encore annoncé, pas encore annoncée, pas encore comptabilisé,
		pas encore comptabilisée, pas encore comptabilisés, pas encore versé, pas encore versée,
		not yet announced, not announced yet, réunion de crise, cellule de crise, départs au bureau,
		démission du bureau, démissions au bureau, va démissionner, veut démissionner, menace de démissionner,
		pas encore voté, pas encore votée, en réflexion, on réfléchit à, on envisage, nous envisageons,
		il est question de, à l'étude, réorganisation, quitte l'association, va quitter, va partir,
		son départ, remplacement de, hausse de la cotisation, augmentation de la cotisation,
		pas encore validé, pas encore validée, pas encore signé, pas encore signée, pas encore confirmé,
		pas encore confirmée, pas encore communiqué, pas encore décidé, non officiel, officieux, officieuse,
		on ne renouvelle pas, ne renouvellera pas, on va fermer, on ferme, fermeture de l'antenne,
		on quitte le local, déménagement prévu, au prochain ca, en conseil d'administration,
		réunion de bureau, compte rendu du bureau, ordre du jour du bureau, prochain président,
		prochaine présidente, va succéder, succédera, ag extraordinaire, assemblée générale extraordinaire,
		élection du bureau, nouveau bureau, nouvelle présidente, nouveau président, nouveau local,
		nouveaux locaux, changement de nom, nouveau nom, nouvel organigramme, projet associatif,
		plan stratégique, feuille de route, prochain ca, cdd, cdi, contrat aidé, création de poste,
		nouveau poste, fiche de poste, poste de, reporté, reportée, suspendu, suspendue, décalé, décalée,
		on travaille sur un, on réfléchit, réfléchit à, pistes, on pense à, on aimerait, on voudrait,
		ouvrir une antenne, nouvelle antenne, s'agrandir, mis en pause, mise en pause, en pause, en suspens,
		gelé, gelée, retardé, retardée, abandonne, abandonner, abandonné, abandonnée, n'aura pas lieu,
		ne fera pas, on ne fera pas, on envisage, envisage, envisagent, envisageons, on hésite, on hésite à,
		we decided, internally, postponed, not yet announced, considering, not decided yet, not yet decided,
		undecided, pas encore tranché, rien n'est décidé, rien n'est fait, peut-être supprimé,
		peut-être supprimée, sera peut-être, seront peut-être, might move, might cancel, may cancel,
		se plaignent, se plaindre, râlent, râle, mécontents, mécontentes, mécontentement, la grogne,
		grogne, ambiance tendue, a été tendue, a été tendu, était tendue, était tendu, très tendue,
		ça recommence, ça a recommencé, décide tout seul, décide toute seule, décident tout seuls,
		complain, complaining, complaints, unhappy with, tense meeting, the mood, houleuse, houleux, orageuse,
		réunion électrique, heated meeting, heated debate, stormy meeting`, 0},
	{"vague", `un souci avec, un problème avec, des soucis avec, des problèmes avec, souci personnel,
		soucis personnels, problème personnel, problèmes personnels, raisons personnelles,
		situation compliquée, situation délicate, situation difficile, situation personnelle,
		un incident, l'incident, incident avec, une histoire avec, histoire compliquée, affaire délicate,
		sujet délicat, sujet sensible, dossier sensible, cas particulier, cas difficile, on m'a dit,
		on m'a raconté, entre eux, tu sais qui, vous savez qui, discrétion, discret, discrète,
		rester discret, rester discrets, pas à tout le monde, a personal issue, personal reasons,
		dont on a parlé, dont je t'ai parlé, dont je vous ai parlé,
		dont on parlait, l'autre jour, tu vois qui, la personne concernée, la personne en question,
		celle dont, celui dont, ce qui s'est passé, ce qui est arrivé, ça ne va pas, traverse une période,
		période difficile, moment difficile, coup dur, mauvaise passe, histoire de famille,
		vols dans, des vols, trois vols, deux vols, plusieurs vols, a forcé, ont forcé, forcé la porte,
		porte forcée, serrure forcée, fracturé, fracturée, broke in, stole, comptes sont justes, comptes justes,
		budget serré, trésorerie tendue, trésorerie juste, dans le rouge, money is tight, in the red,
		broke into, break into, were hurt, was hurt, got hurt, injured, blessés, blessées, s'est fait mal,
		squatté, squattée, squattés, des mots entre, pas terrible entre, mauvaise ambiance, l'ambiance n'est pas,
		ça s'est mal passé, clash entre, dispute entre, accrochage, accrochages, ne viennent plus, ne vient plus,
		signalements, grabuge, seringues, seringue, départs de bénévoles, s'essouffle,
		s'essoufflent, en berne, pas bouclé, pas bouclée, plus de nouvelles de, plus de nouvelles du, friction, frictions,
		pulled out, lost our, a perdu son sponsor, a perdu son partenaire, perdu notre sponsor,
		perdu notre partenaire, perdu notre mécène, perdu son mécène,
		effraction, par effraction, cambriolage, cambriolé, cambriolée, a été cambriolé, burglary, tags sur, vol de, ont été volés, ont été volées, ont disparu, a disparu,
		dégradation, dégradations, vandalisme, vandalisé, vandalisée, inondation, dégât des eaux, dégâts,
		incident, incidents, chute de, chutes de, s'est blessé, s'est blessée, break-in, broken into,
		vandalism, vandalised, vandalized, were stolen, was stolen, flooded, incidents were reported,
		accident, accidents, bagarre, altercation,
		problèmes familiaux, soucis familiaux, le truc de, tu sais pour, pour le truc, on en reparle,
		je te raconterai, je vous raconterai, c'est compliqué, on en parlera, pas par écrit, de vive voix,
		en privé, a des soucis, a des problèmes, ça se passe mal, se passe mal, ne va pas bien, va mal,
		inquiet pour, inquiète pour, on s'inquiète, inquiétude, préoccupant, préoccupante, alerter,
		signaler, liste des bénéficiaires, liste des adhérents, liste des bénévoles, liste des familles,
		liste des donateurs, fichier des, coordonnées des, suivi des familles, suivi de la famille,
		dossier de la famille, visite à domicile, entretien individuel, assistante sociale,
		assistant social, signalement, information préoccupante, le cas de, suite à l'incident,
		pas sûr que, on ne sait pas si, on ne sait pas encore, incertain, incertaine, incertitude, problèmes d'argent, soucis d'argent, soucis de santé,
		a situation with, sensitive matter, you know who, going through a hard time, l'affaire de, l'affaire du,
		l'affaire des, on reparle de, on reparlera de, the incident, what happened with`, 0},
}

var changeWords = newWordSet(`supprimé supprimée supprimer suppression arrête arrêter arrêt arrêtera réduit réduite
réduits réduites annulé annulée annuler move moving cancel cancelled
change changer changement augmente augmenter augmentation baisse baisser passera passer déménage
déménager déménagement créer création recruter recrutement embaucher réduire
réduction remplacer quitter quitte partir partira cesser stop cut close closing reporté repoussé
décalé suspendu gelé transféré délocalisé externalisé payant payante`)

var statPopulation = newWordSet(`bénéficiaires familles adhérents adhérentes usagers donateurs
donatrices foyers ménages accueillis accueillies beneficiaries families members donors households`)

var recruitWords = newWordSet(`cherche recherche cherchons recherchons recrute recrutons besoin
max maximum jusqu pour places limité limitée`)

// pluralAttributes describe the public's situation in the plural.
var pluralAttributes = newWordSet(`retraités retraitées chômeurs chômeuses étudiants étudiantes seniors
isolés isolées monoparentales monoparentaux précaires allocataires rsa sdf sans-abri mineurs âgés
âgées veuves veufs divorcés divorcées célibataires salariés ouvriers cadres agriculteurs migrants
réfugiés retired unemployed students elderly`)

var partnerOrgs = newWordSet(`partenaire partenaires mairie fondation entreprise société magasin
supermarché banque épicerie bailleur fournisseur prestataire mécène financeur sponsor restos secours
croix-rouge emmaüs club festival enseigne company partner sponsor funder école traiteur fédé
fédération lycée collège théâtre paroisse school charity federation`)

var troubleWords = newWordSet(`difficulté difficultés manque manquent problème problèmes souci soucis
crise fermer fermeture perte pertes dette dettes déficit licenciements grève tensions faillite
liquidation redressement trouble struggling`)

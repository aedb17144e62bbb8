package direct

import (
	"os"
	"strings"
	"testing"
)

// directCase expects one finding of rule with verdict on the text span want.
type directCase struct {
	text    string
	rule    string
	verdict Verdict
	want    string
}

// checkDirect runs Find on each case and checks that the expected
// finding is there, with its span.
func checkDirect(t *testing.T, cases []directCase) {
	t.Helper()
	for _, c := range cases {
		fs := Find(c.text)
		found := false
		for _, f := range fs {
			if f.Rule == c.rule && c.text[f.Start:f.End] == c.want {
				found = true
				if f.Verdict != c.verdict {
					t.Errorf("%q: %s %q verdict %v, want %v", c.text, c.rule, c.want, f.Verdict, c.verdict)
				}
				if f.Reason == "" {
					t.Errorf("%q: %s finding without reason", c.text, c.rule)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s finding on %q; got %s", c.text, c.rule, c.want, describeDirect(c.text, fs))
		}
	}
}

// checkNone expects no finding at all (or none of rule, when rule is set).
func checkNone(t *testing.T, rule string, texts []string) {
	t.Helper()
	for _, text := range texts {
		for _, f := range Find(text) {
			if rule == "" || f.Rule == rule {
				t.Errorf("%q: unexpected %s", text, describeDirect(text, []Finding{f}))
			}
		}
	}
}

func describeDirect(text string, fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Rule + "/" + f.Verdict.String() + "[" + text[f.Start:f.End] + "] ")
	}
	if b.Len() == 0 {
		return "nothing"
	}
	return b.String()
}

// The ok values of the public sample: no direct identifier in any of them.
func TestDirectPublicSampleOK(t *testing.T) {
	checkNone(t, "", []string{
		"Agrément Service civique n° NA-033-21-00045-00",
		"640 tonnes de textiles collectés en 2024, comme indiqué dans notre bilan en ligne",
		"Tram T2, arrêt Jean Macé, puis 5 minutes à pied",
		"Notre boutique solidaire est au 2 rue Voltaire (Paris 11e), à côté de la pharmacie",
		"Les inscriptions se font uniquement via la boîte de l'association : inscriptions@ludotheque-vernon.fr",
		"8 mars : tractage collectif pour les droits des femmes, rendez-vous au marché couvert",
		"Intervention sur les addictions et les écrans au lycée professionnel Jean Lurçat",
		"Sortie cueillette de champignons, covoiturage depuis le parking de l'église à 8h",
		"La Cravate Solidaire co-anime l'atelier CV avec la Mission Locale",
		"Créneau piscine de l'asso : vendredi 12h15-13h",
		"Zumba for beginners every Tuesday at 10am in the community centre",
		"Mission : rendre la réparation de vélos accessible à tous grâce à l'atelier participatif",
		"Domiciliation postale pour les personnes sans domicile stable : se présenter à l'accueil",
		"Initiation à la langue des signes, 6 séances à partir du 4 février",
		"Table ronde : vivre avec un handicap invisible au travail (amphi B)",
		"Screening of a documentary on the Windrush generation, followed by a Q&A",
		"Le maire adjoint à la jeunesse remettra les diplômes du BAFA",
		"VENTE DE GATEAUX AU PROFIT DU TELETHON DIMANCHE",
		"Location de la salle pour les adhérents : 80 € le week-end",
		"Exposition dans le hall du centre hospitalier Henri Laborit, entrée libre",
		"Concert de gospel à l'église Saint-Paul, entrée libre",
		"Cours de FLE le mardi de 14h à 16h, salle 204, 3 € la séance",
		"Assemblée générale le 12/03/2026 à 18h30, ouverte à tous",
		"Budget 2025 : 12 500 €, publié sur notre site",
		"SIRET 123 456 789 00012, RNA W751234567",
		"Notre SIRET : 73282932000074",
		"Code postal 75011, Paris 11e",
		"Version 2.3.1 du règlement intérieur",
		"2 cours de yoga par semaine, 3 places disponibles",
		"La CNIL recommande de changer de mot de passe régulièrement",
		"Mot de passe : à demander à l'accueil. Wifi gratuit.",
		"Suivez-nous sur @ludo_vernon et sur instagram.com/ludo.vernon, notre compte",
		"Écrire à contact@asso.fr, info@mairie-vernon.fr, benevoles.lyon@restos.org ou no-reply@helloasso.com",
		"Séances les 12, 19 et 26 mars, de 10 h à 12 h",
		"Il reste 1 234 567 € au budget 2024-2027",
		"Permanence au 0 800 ... numéro vert gratuit",
	})
}

func TestDirectEmail(t *testing.T) {
	checkDirect(t, []directCase{
		{"Send it to dan.okafor77@gmail.com, it's his private address", "email", Blocked, "dan.okafor77@gmail.com"},
		{"Adresse pro de Samuel : s.bensaid@maisondesjeunes-evry.fr", "email", Blocked, "s.bensaid@maisondesjeunes-evry.fr"},
		{"mail: Marie.Dupont+asso@Orange.FR.", "email", Blocked, "Marie.Dupont+asso@Orange.FR"},
		{"(jean_luc-2@sub.domaine.co.uk)", "email", Blocked, "jean_luc-2@sub.domaine.co.uk"},
		{"écrire à hélène.léger@free.fr", "email", Blocked, "hélène.léger@free.fr"},
		{"jean.dupont (at) gmail (dot) com", "email", Blocked, "jean.dupont (at) gmail (dot) com"},
		{"mail : marie[at]orange.fr.", "email", Blocked, "marie[at]orange.fr"},
		{"son adresse : lucie . marchand @ orange . fr", "email", Blocked, "lucie . marchand @ orange . fr"},
		{"email: tom . hughes @ btinternet . com, any time", "email", Blocked, "tom . hughes @ btinternet . com"},
	})
	checkNone(t, "email", []string{
		"contact@asso.fr", "Inscriptions@ludo.fr", "secretariat@mairie.fr", "accueil.paris@asso.org",
		"bonjour@x.fr", "hello@x.org", "benevoles@restos.org", "no-reply@x.org", "noreply@x.org",
		"a@b", "jean@localhost", "@@@@", "x@y.1", "info@x.fr", "contact (at) asso (dot) fr", "(at) home",
		"salut (a) toi", "Rendez-vous @ la salle . Merci", "contact . asso @ orange . fr",
	})
}

func TestDirectHandleAndProfile(t *testing.T) {
	checkDirect(t, []directCase{
		{"Contactez @marie_dupont pour la photo", "handle", Doubt, "@marie_dupont"},
		{"son compte est @jeanbg92", "handle", Blocked, "@jeanbg92"},
		{"son profil linkedin.com/in/marie-dupont-123.", "profile-url", Blocked, "linkedin.com/in/marie-dupont-123"},
		{"voir https://www.linkedin.com/in/jdupont", "profile-url", Blocked, "https://www.linkedin.com/in/jdupont"},
		{"https://www.facebook.com/jean.dupont", "profile-url", Blocked, "https://www.facebook.com/jean.dupont"},
		{"voir tiktok.com/@lea.danse", "profile-url", Doubt, "tiktok.com/@lea.danse"},
		{"insta de Lucas : @lucas.skate92", "handle", Blocked, "@lucas.skate92"},
	})
	checkNone(t, "", []string{
		"Suivez-nous sur @ludo_vernon !", "le compte de l'asso : @jardins_partages",
		"linkedin.com/company/restos-du-coeur",
		"facebook.com/groups/entraide",
		"RDV @ 18h au local",
	})
	checkNone(t, "handle", []string{"écrire à marie@gmail.com", "a@b", "@@x"})
}

func TestDirectPhone(t *testing.T) {
	var cases []directCase
	for _, p := range []string{
		"06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678", "+33 6 12 34 56 78",
		"+33 (0)6 12 34 56 78", "0033 6 12 34 56 78", "+33612345678", "01 42 68 53 00", "09 72 12 34 56",
		"05 56 12 34 56", "0590 12 34 56", "0262 12 34 56", "0269 61 23 45", "0694 20 12 34", "0596 12 34 56",
		"0692 12 34 56", "+44 20 7946 0958", "+32 470 12 34 56", "+41 79 123 45 67", "+212 6 12 34 56 78",
		"+1 202 555 0123", "06\u00a012\u00a034\u00a056\u00a078", "0033 (0)6 12 34 56 78",
		"02.40.83.55.19", "(+33) 6 12 34 56 78",
		"06~71~29~84~03", "06|71|29|84|03", "06·71·29·84·03", "06•71•29•84•03", "06🔹71🔹29🔹84🔹03", "06▪️71▪️29▪️84▪️03", // a sign of any script between the groups
	} {
		cases = append(cases, directCase{"Tél : " + p + ", merci", "phone", Blocked, p})
	}
	cases = append(cases,
		directCase{"Rappeler au +33 7 44 90 12 36 apres 18h", "phone", Blocked, "+33 7 44 90 12 36"},
		directCase{"06 71 29 84 03", "phone", Blocked, "06 71 29 84 03"},
		directCase{"02.40.83.55.19 (chez les Guérin)", "phone", Blocked, "02.40.83.55.19"},
		directCase{"06 12 34 56 78 06 98 76 54 32", "phone", Blocked, "06 98 76 54 32"},
		directCase{"au 07 12 34 56 78", "phone", Blocked, "07 12 34 56 78"},
		directCase{"au 0712345678", "phone", Doubt, "0712345678"},
		directCase{"06 12 34 56 78/06 98 76 54 32", "phone", Blocked, "06 98 76 54 32"},
		directCase{"tel:0786541230", "phone", Blocked, "0786541230"},
		directCase{"Mobile: +44 7700 900123", "phone", Doubt, "+44 7700 900123"},
		directCase{"Accueil : 06 12 34 56 78", "phone", Doubt, "06 12 34 56 78"},
		directCase{"portable de Kevin 06 45 78 12 9", "phone", Doubt, "06 45 78 12 9"},
		directCase{"Tél.0612345678", "phone", Blocked, "0612345678"},
		directCase{"Call Priya on 020 7946 0958 tonight", "phone", Blocked, "020 7946 0958"},
		directCase{"Her mobile: 07911 123456", "phone", Blocked, "07911 123456"},
		directCase{"son portable, à l'accueil : 06 12 34 56 78", "phone", Blocked, "06 12 34 56 78"},
		directCase{strings.Repeat("12 ", 40) + "06 12 34 56 78 " + strings.Repeat("34 ", 40), "phone", Blocked, "06 12 34 56 78"},
	)
	checkDirect(t, cases)
	checkNone(t, "phone", []string{
		"de 14h30 à 16h", "80 €", "en 2024", "le 12/03/2025", "salle 204", "75011 Paris", "1 200 000 €",
		"SIRET 123 456 789 00012", "73282932000074", "2024-2027", "n° NA-033-21-00045-00",
		"12.03.2025", "v10.12.34", "réf. 0000000000", "12345678901234567890", "ticket 1234567890",
		"Standard de la mairie : 01 42 76 40 40", "Inscriptions au 04 78 12 34 56 (secrétariat de l'asso)",
		"Numéro vert : 0 800 123 456",
		"Score : 3·2, classement 10|12|14", "Horaires 9h~12h | 14h~18h", "Tarifs : 5 € · 10 € · 15 €",
	})
}

func TestDirectNIR(t *testing.T) {
	checkDirect(t, []directCase{
		{"Pour la mutuelle, NIR de Jordane : 2 93 07 59 350 144 96", "nir", Blocked, "2 93 07 59 350 144 96"},
		{"n° sécu 185057800608491", "nir", Blocked, "185057800608491"},
		{"1 85 05 78 006 084 91", "nir", Blocked, "1 85 05 78 006 084 91"},
		{"Corse : 2 90 02 2A 004 005 " + nirKeyFor("2900219004005"), "nir", Blocked, "2 90 02 2A 004 005 " + nirKeyFor("2900219004005")},
		{"Corse : 1 75 01 2B 010 020 " + nirKeyFor("1750118010020"), "nir", Blocked, "1 75 01 2B 010 020 " + nirKeyFor("1750118010020")},
		{"NIR 1 85 05 78 006 084", "nir", Blocked, "1 85 05 78 006 084"},
		{"numéro 2 93 07 59 350 144 97", "nir", Doubt, "2 93 07 59 350 144 97"},
		{"sécu : 2 93 07 59 350 144 97", "nir", Blocked, "2 93 07 59 350 144 97"},
		{"sécu 2-93-07-59-350-144-96", "nir", Blocked, "2-93-07-59-350-144-96"},
	})
}

// nirKeyFor computes the key of 13 digits (Corsica already as 19/18).
func nirKeyFor(body string) string {
	k := 97 - mod97(body)
	return string([]byte{byte('0' + k/10), byte('0' + k%10)})
}

// A woman's NIR that passes Luhn must stay a NIR, never a bank card.
func TestDirectNIRNotCard(t *testing.T) {
	n := 0
	for order := 100; order < 400 && n < 5; order++ {
		body := "2930759350" + string([]byte{byte('0' + order/100), byte('0' + order/10%10), byte('0' + order%10)})
		nir := body + nirKeyFor(body)
		if !luhn(nir) {
			continue
		}
		n++
		fs := Find("numéro " + nir)
		if len(fs) != 1 || fs[0].Rule != "nir" || fs[0].Verdict != Blocked {
			t.Errorf("%s: %s", nir, describeDirect("numéro "+nir, fs))
		}
	}
	if n == 0 {
		t.Fatal("no Luhn-valid NIR generated")
	}
}

func TestDirectBank(t *testing.T) {
	checkDirect(t, []directCase{
		{"son IBAN : FR76 1660 6100 1400 2365 4781 229", "iban", Blocked, "FR76 1660 6100 1400 2365 4781 229"},
		{"IBAN FR7630006000011234567890189.", "iban", Blocked, "FR7630006000011234567890189"},
		{"DE89 3704 0044 0532 0130 00", "iban", Blocked, "DE89 3704 0044 0532 0130 00"},
		{"BE68 5390 0754 7034", "iban", Blocked, "BE68 5390 0754 7034"},
		{"GB29 NWBK 6016 1331 9268 19", "iban", Blocked, "GB29 NWBK 6016 1331 9268 19"},
		{"FR76 1660 6100 1400 2365 4781 228", "iban", Doubt, "FR76 1660 6100 1400 2365 4781 228"},
		{"son IBAN FR76 1027 8060 et la suite demain", "iban", Blocked, "FR76 1027 8060"},
		{"Refund to GB29 nwbk 6016 1331 9268 19 please.", "iban", Blocked, "GB29 nwbk 6016 1331 9268 19"},
		{"carte 4111 1111 1111 1111 exp 12/27", "bank-card", Blocked, "4111 1111 1111 1111"},
		{"CB 5555555555554444", "bank-card", Blocked, "5555555555554444"},
		{"Amex 3782 822463 10005", "bank-card", Blocked, "3782 822463 10005"},
		{"MC 2223 0000 4841 0010", "bank-card", Blocked, "2223 0000 4841 0010"},
		{"Visa 4222222222222", "bank-card", Blocked, "4222222222222"},
		{"numéro de CB : 4970 1012 3456 7891", "bank-card", Blocked, "4970 1012 3456 7891"},
		{"réf 4111 1111 1111 1112", "bank-card", Doubt, "4111 1111 1111 1112"},
	})
	checkNone(t, "bank-card", []string{
		"1234 5678 9012 3456", "SIRET 36252187900034", "0612345678",
	})
}

func TestDirectDocsAndPlates(t *testing.T) {
	checkDirect(t, []directCase{
		{"Passeport n° 19AB12345, valable", "id-document", Blocked, "19AB12345"},
		{"CNI 880692310285", "id-document", Blocked, "880692310285"},
		{"carte d'identité n°X4RTBPFW4", "id-document", Blocked, "X4RTBPFW4"},
		{"permis de conduire : 12 34 56 78 90 12", "id-document", Blocked, "12 34 56 78 90 12"},
		{"titre de séjour 7501234567", "id-document", Blocked, "7501234567"},
		{"numéro AGDREF : 0123456789", "id-document", Blocked, "0123456789"},
		{"Son permis : 123456789012", "id-document", Blocked, "123456789012"},
		{"licence FFF n° 2547891234", "id-document", Blocked, "2547891234"},
		{"n° allocataire CAF : 1234567", "id-document", Blocked, "1234567"},
		{"Passport no. 533380006 for the trip", "id-document", Blocked, "533380006"},
		{"Le scooter immatriculé DX-771-HF est à Mathis", "licence-plate", Blocked, "DX-771-HF"},
		{"la voiture AB 123 CD", "licence-plate", Blocked, "AB 123 CD"},
		{"réf. AB-123-CD", "licence-plate", Doubt, "AB-123-CD"},
		{"sa camionnette 1234 AB 75", "licence-plate", Blocked, "1234 AB 75"},
	})
	checkNone(t, "", []string{
		"Apporter sa carte d'identité et un justificatif de domicile",
		"Passeport bénévole 2024", "la CNIL 2024 et la CNI", "AB123CD", "permis de conduire B depuis 2010",
		"accueil des étrangers : 12 places", "permis de construire PC 069 123 24 A0001",
		"sous licence CC BY-SA 4.0", "Licence 3 de droit, 2024", "le coffre de la voiture", "alarme incendie testée", "la CAF de Paris 75011", "Permanence CAF le mardi 14h-16h",
	})
}

func TestDirectAddress(t *testing.T) {
	checkDirect(t, []directCase{
		{"Les colis sont à déposer chez Mme Caillaud, 8 rue des Mésanges à Angers", "postal-address", Blocked, "8 rue des Mésanges à Angers"},
		{"Elle habite 8 rue des Mésanges à côté du parc", "postal-address", Blocked, "8 rue des Mésanges"},
		{"Elle habite au 12 bis rue des Lilas, 75011 Paris.", "postal-address", Blocked, "12 bis rue des Lilas, 75011 Paris"},
		{"domicilié 3, avenue Jean-Jaurès 69007 Lyon", "postal-address", Blocked, "3, avenue Jean-Jaurès 69007 Lyon"},
		{"He lives at 221B Baker Street", "postal-address", Blocked, "221B Baker Street"},
		{"son adresse : 5 impasse du Moulin", "postal-address", Blocked, "5 impasse du Moulin"},
		{"M. Petit, 14 bd Voltaire 75011 Paris", "postal-address", Blocked, "14 bd Voltaire 75011 Paris"},
		{"Envoyer au 4 allée des Tilleuls, 49000 Angers", "postal-address", Doubt, "4 allée des Tilleuls, 49000 Angers"},
		{"14 place Bellecour", "postal-address", Doubt, "14 place Bellecour"},
		{"12 rue de la Paix", "postal-address", Doubt, "12 rue de la Paix"},
		{"envoyer le reçu fiscal à Paul Henry 8 rue Victor Hugo 69003 lyon", "postal-address", Blocked, "8 rue Victor Hugo 69003"},
		{"17 RUE DU GENERAL LECLERC 76600 LE HAVRE - CHEZ MR ET MME LEBLANC", "postal-address", Blocked, "17 RUE DU GENERAL LECLERC 76600 LE HAVRE"},
		{"Raymond habite 2 place de l'Église à Saint-Martin-de-Ré (17410)", "postal-address", Blocked, "2 place de l'Église à Saint-Martin-de-Ré"},
		{"nouvelle adresse de Fatou : 88 rue de Belleville 75020 Paris, appt 34", "postal-address", Blocked, "88 rue de Belleville 75020 Paris"},
		{"passer au 3 r. Nationale", "postal-address", Doubt, "3 r. Nationale"},
	})
	checkNone(t, "postal-address", []string{
		"Notre boutique solidaire est au 2 rue Voltaire (Paris 11e), à côté de la pharmacie",
		"Rendez-vous au 10 place de la République",
		"Notre siège : 3 avenue Jean Jaurès 69007 Lyon",
		"2 cours de yoga", "3 places disponibles", "1 route difficile", "5 rues fermées",
		"La famille avec les quadruplés de la rue des Écoles",
		"Standard : 01 42 76 40 40\n5 rue Pasteur, 69003 Lyon, au local",
		"Retrouvez-nous au 5 rue des Arts, 13001 Marseille", "Nous avons déménagé : 9 avenue Foch, 54000 Nancy",
		"Permanences à la Maison France Services, 4 rue de l'Hôtel de Ville",
		"Our food bank is at 7 rue du Port, 56100 Lorient, behind the fish market",
		"Dépôt des dons au 102 boulevard de Strasbourg, du lundi au samedi",
	})
}

func TestDirectBirthdate(t *testing.T) {
	checkDirect(t, []directCase{
		{"Il est né le 12/03/1987 à Lyon", "birthdate", Blocked, "12/03/1987"},
		{"née le 1er mars 1990", "birthdate", Blocked, "1er mars 1990"},
		{"DDN : 03/04/1990", "birthdate", Blocked, "03/04/1990"},
		{"DN : 15/08/1979", "birthdate", Blocked, "15/08/1979"},
		{"date de naissance 1987-03-12", "birthdate", Blocked, "1987-03-12"},
		{"DOB 12.03.87", "birthdate", Blocked, "12.03.87"},
		{"Lucas, 14/05/2012 (13 ans)", "birthdate", Blocked, "14/05/2012"},
		{"12/03/1987 (date de naissance)", "birthdate", Blocked, "12/03/1987"},
		{"Inscription camp d'été : Noah Perrin, 30/06/2011", "birthdate", Doubt, "30/06/2011"},
		{"He was born on March 12, 1987 in Leeds", "birthdate", Blocked, "March 12, 1987"},
		{"DOB: July 4th 1990", "birthdate", Blocked, "July 4th 1990"},
		{"Jean Dupont (12/03/1987)", "birthdate", Doubt, "12/03/1987"},
		{"Enzo (né en 2015) participera au stage", "birthdate", Doubt, "2015"},
		{"Mme Roux, née le 3 mars 1924, doyenne du club", "birthdate", Blocked, "3 mars 1924"},
	})
	checkNone(t, "birthdate", []string{
		"Réunion du 12 mars 2025", "AG le 03/04/2024", "Le 12/03/1987, l'association est née",
		"Fondée le 12/03/1987", "Il ne le savait pas avant le 12/03/2025", "Samedi 12/03/2022",
		"Concert de Noël (24/12/2019)", "Assemblée Générale (15/06/2018)", "Lucas (12/05/2015)",
		// no one alive was born then: history (oldestLivingAge)
		"Victor Schœlcher, né le 22 juillet 1804, a fait abolir l'esclavage", "Né en 1890, notre club fête ses 136 ans",
	})
}

func TestDirectCredentials(t *testing.T) {
	checkDirect(t, []directCase{
		{"Le mot de passe du wifi est Soleil2024! merci", "credential", Blocked, "mot de passe du wifi est Soleil2024!"},
		{"digicode 4417B", "credential", Blocked, "digicode 4417B"},
		{"chez notre guide, digicode 1907, 3e étage", "credential", Blocked, "digicode 1907"},
		{"mdp : hunter22", "credential", Blocked, "mdp : hunter22"},
		{"Mot de passe Canva : Asso2024!", "credential", Blocked, "Mot de passe Canva : Asso2024!"},
		{"MDP=Tournesol", "credential", Blocked, "MDP=Tournesol"},
		{"Bank card PIN for the association's account: 4417", "credential", Blocked, "PIN for the association's account: 4417"},
		{"Wifi : Livebox-A3F2", "credential", Blocked, "Wifi : Livebox-A3F2"},
		{"code porte 1234A", "credential", Blocked, "code porte 1234A"},
		{"code d’accès : 5829", "credential", Blocked, "code d’accès : 5829"},
		{"password: « s3cr3t »", "credential", Blocked, "password: « s3cr3t"},
		{"clé sk-abcdefghijklmnopqrstuvwx1234", "credential", Blocked, "sk-abcdefghijklmnopqrstuvwx1234"},
		{"ghp_abcdefghijklmnopqrstuvwxyz0123456789", "credential", Blocked, "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
		{"AKIAIOSFODNN7EXAMPLE", "credential", Blocked, "AKIAIOSFODNN7EXAMPLE"},
		{"token xoxb-123456789012-abcdefghij", "credential", Blocked, "xoxb-123456789012-abcdefghij"},
		{"jeton aZ3kP9qL2mX7vB4nR8tY1wQ6", "credential", Blocked, "jeton aZ3kP9qL2mX7vB4nR8tY1wQ6"},
		{"la clé est aZ3kP9qL2mX7vB4nR8tY1wQ6", "credential", Blocked, "clé est aZ3kP9qL2mX7vB4nR8tY1wQ6"},
		{"Drive : asso.jardins@gmail.com / JardinS_2024", "credential", Blocked, "JardinS_2024"},
		{"identifiants : jdupont / S0leil!23", "credential", Blocked, "S0leil!23"},
		{"login jdupont/S0leil!23", "credential", Blocked, "S0leil!23"},
		{"the online banking login is club-treso / Dm#minor42", "credential", Blocked, "Dm#minor42"},
		{"les identifiants sont jdupont / Azerty123", "credential", Blocked, "Azerty123"},
		{"identifiants de connexion : jdupont / Azerty123", "credential", Blocked, "Azerty123"},
		{"Le coffre : 1984", "credential", Blocked, "coffre : 1984"},
		{"le code du local est 4589", "credential", Blocked, "code du local est 4589"},
		{"cryptogramme 123", "credential", Blocked, "cryptogramme 123"},
		{"the Zoom host key is 482913", "credential", Blocked, "host key is 482913"},
		{"le code du coffre c'est 1-9-8-4, ne le donne à personne", "credential", Blocked, "code du coffre c'est 1-9-8-4"},
		{"https://facebook.com/toto?x=aZ3kP9qL2mX7vB4nR8tY1wQ6", "profile-url", Doubt, "https://facebook.com/toto?x=aZ3kP9qL2mX7vB4nR8tY1wQ6"},
		{"-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----", "credential", Blocked, "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"},
	})
	checkNone(t, "credential", []string{
		"Mot de passe : à demander à l'accueil", "N'oubliez pas votre mot de passe.",
		"Wifi gratuit dans la salle", "Changer le mot de passe du wifi", "pomme de pin : 3 €",
		"Mot de passe : [à compléter]", "le code de la route", "mdp : ********",
		"https://docs.google.com/document/d/1aBcD3fGh5jKl7mNoP9qRsT1uVwXyZ/edit",
		"Anne-Sophie-Lebreton-Martin-2024", "Jean-Baptiste", "code postal : 75011", "code NAF 9499Z",
		"code promo : NOEL2024", "la clé USB est rouge", "Les clés sont chez Théo", "identifiant : jdupont", "code du travail (article L1234-5)", "code de la route 2024",
		"code de l'action sociale, article L311-3",
	})
}

// The public values of testdata/direct_ok_fr.txt yield no finding.
func TestDirectOKFile(t *testing.T) {
	data, err := os.ReadFile("testdata/direct_ok_fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	if len(lines) < 50 {
		t.Fatalf("only %d values", len(lines))
	}
	checkNone(t, "", lines)
}

// Personal values as volunteers type them, each with its expected finding.
func TestDirectRealistic(t *testing.T) {
	checkDirect(t, []directCase{
		{"Appeler Mme Leroy (06 45 78 12 90) pour confirmer", "phone", Blocked, "06 45 78 12 90"},
		{"Nadia : 07.68.54.32.10", "phone", Blocked, "07.68.54.32.10"},
		{"WhatsApp : +225 07 07 12 34 56", "phone", Blocked, "+225 07 07 12 34 56"},
		{"numéro du père : +216 98 123 456", "phone", Blocked, "+216 98 123 456"},
		{"+49 151 23456789 (Stefan)", "phone", Blocked, "+49 151 23456789"},
		{"Contact : jeanne.moreau@mairie-vernon.fr (service jeunesse)", "email", Blocked, "jeanne.moreau@mairie-vernon.fr"},
		{"Sa date de naissance : 4 avril 1952", "birthdate", Blocked, "4 avril 1952"},
		{"Née le 02.09.1948 à Oran", "birthdate", Blocked, "02.09.1948"},
		{"Léo Martin, 12 ans, né le 03/05/2013", "birthdate", Blocked, "03/05/2013"},
		{"NIR : 1 52 04 99 123 456 78", "nir", Blocked, "1 52 04 99 123 456 78"},
		{"RIB de M. Petit : FR7610107001011234567890129", "iban", Blocked, "FR7610107001011234567890129"},
		{"Carte bleue : 4970 1012 3456 7890, exp. 11/26", "bank-card", Blocked, "4970 1012 3456 7890"},
		{"Elle vit au 22 boulevard Gambetta, à Nice", "postal-address", Blocked, "22 boulevard Gambetta, à Nice"},
		{"Déposer le colis chez lui, 9 impasse du Moulin, 37000 Tours", "postal-address", Blocked, "9 impasse du Moulin, 37000 Tours"},
		{"Mme Dubois, résidence Les Lilas, bât B, appt 12, 17 avenue de Paris", "postal-address", Blocked, "17 avenue de Paris"},
		{"Plaque de la voiture de Hugo : FX-582-TR", "licence-plate", Blocked, "FX-582-TR"},
		{"Numéro de passeport de Mamadou : 18CV43211", "id-document", Blocked, "18CV43211"},
		{"Son Facebook : facebook.com/nadia.benali.33", "profile-url", Blocked, "facebook.com/nadia.benali.33"},
		{"Instagram de Hugo : instagram.com/hugo_bmx", "profile-url", Blocked, "instagram.com/hugo_bmx"},
		{"Identifiant : asso.tresor / Mot de passe : Tr€sor2025", "credential", Blocked, "Mot de passe : Tr€sor2025"},
		{"Le mot de passe de la boîte mail est soleil", "credential", Blocked, "mot de passe de la boîte mail est soleil"},
		{"PIN de la CB de l'asso : 1234", "credential", Blocked, "PIN de la CB de l'asso : 1234"},
		{"Tél.: 06/12/34/56/78", "phone", Blocked, "06/12/34/56/78"},
		{"Paul Durand - 06 11 22 33 44 - paul.durand@free.fr - 5 rue Pasteur 69003 Lyon", "postal-address", Blocked, "5 rue Pasteur 69003 Lyon"},
		{"5 rue Pasteur 69003 Lyon, tél 06 11 22 33 44", "postal-address", Blocked, "5 rue Pasteur 69003 Lyon"},
		{"Clé d'API OpenAI : sk-proj-AbCdEf1234567890GhIjKlMnOp", "credential", Blocked, "Clé d'API OpenAI : sk-proj-AbCdEf1234567890GhIjKlMnOp"},
	})
}

// A password without digits is told by a symbol inside it, right after its
// keyword; a word's hyphen or a closing exclamation mark is no symbol.
func TestDirectPasswordWithASymbolOnly(t *testing.T) {
	checkDirect(t, []directCase{
		{"identifiant 0561234, mot de passe Torball!Niort.", "credential", Blocked, "mot de passe Torball!Niort"},
		{"password blue#Horse for the shared inbox", "credential", Blocked, "password blue#Horse"},
	})
	checkNone(t, "credential", []string{
		"Changez votre mot de passe Wi-Fi chaque année.",
		"Mot de passe oublié ? Cliquez sur le lien.",
		"mot de passe Facebook : demandez au secrétariat",
		"Cours de code HTML&CSS le mardi soir.",
		"Pour le mot de passe contact@asso-sport.fr répond sous 48 h.",
	})
}

package direct

import "testing"

// British and Irish identifiers, UK and Irish mobiles in international
// form, a plate typed alone and a flat number on an address line: each is
// one person's, blocked; their look-alikes (references, product codes,
// rooms of a public building, a flat rate) keep their verdict.

func TestDirectNationalInsuranceNumber(t *testing.T) {
	checkDirect(t, []directCase{
		{"NI number PR 63 81 04 A for the payroll", "id-document", Blocked, "PR 63 81 04 A"},
		{"her NINO is SK402918B, please keep it safe", "id-document", Blocked, "SK402918B"},
		{"Numéro National Insurance de Tom : WL 22 90 17 D", "id-document", Blocked, "WL 22 90 17 D"},
		{"national insurance: QQ 88 77 66 B", "id-document", Blocked, "QQ 88 77 66 B"}, // HMRC's sample prefix, announced
		{"JH 71 05 33 C", "id-document", Blocked, "JH 71 05 33 C"},
		{"Pour la fiche de paie : NI number CE 40 12 78 A, code fiscal 1257L", "id-document", Blocked, "CE 40 12 78 A"},
	})
	checkNone(t, "id-document", []string{
		"QQ 12 34 56 C",                     // Q is never a first letter, and nothing announces it
		"Réf. GB 12 34 56 A au catalogue",   // GB is not allocated
		"Commande DO 44 55 66 B expédiée",   // O is never second
		"Salle AB 12, bâtiment C",           // too few digits
		"Modèle KR 12 34 56 E du fabricant", // E is no suffix
		"The NI team meets on 12 March",
	})
}

func TestDirectPPSNumber(t *testing.T) {
	checkDirect(t, []directCase{
		{"PPS number: 1234567T", "id-document", Blocked, "1234567T"},
		{"Her PPSN is 7654321G, for the welfare office", "id-document", Blocked, "7654321G"},
		{"numéro PPS de Siobhan : 2345678RA", "id-document", Blocked, "2345678RA"},
		{"1234567T", "id-document", Doubt, "1234567T"}, // a valid check letter, nothing says what it is
	})
	checkNone(t, "id-document", []string{
		"PPS number: 1234567X", // wrong check letter
		"Commande 7654321H expédiée",
		"Lot 2345678RB du fabricant",
		"Facture 2024-1234567 réglée",
	})
}

func TestDirectBritishAndIrishMobiles(t *testing.T) {
	checkDirect(t, []directCase{
		{"+44 7700 123 456", "phone", Blocked, "+44 7700 123 456"},
		{"text me on 0044 7862 410 553 after six", "phone", Blocked, "0044 7862 410 553"},
		{"Portable de Sean : +353 86 412 7788", "phone", Blocked, "+353 86 412 7788"},
		{"Her mobile: +44 (0)7455 019 283", "phone", Blocked, "+44 (0)7455 019 283"},
		{"Contact de Moira, 00353 87 555 0142", "phone", Blocked, "00353 87 555 0142"},
		{"Her mobile: +44 (0)7455 019 284", "phone", Blocked, "+44 (0)7455 019 284"}, // passes Luhn: was a card
		{"+33 6 12 34 56 78 pour Lucie", "phone", Blocked, "+33 6 12 34 56 78"},
	})
	checkNone(t, "phone", []string{
		"Score final 44 7 à 3",
		"Population : 447 123 456 habitants dans la région",
	})
	checkDirect(t, []directCase{ // the association's own mobile stays a question
		{"Standard de l'association : +44 7700 123 456", "phone", Doubt, "+44 7700 123 456"},
	})
}

func TestDirectPlateTypedAlone(t *testing.T) {
	checkDirect(t, []directCase{
		{"GK-731-PB", "licence-plate", Blocked, "GK-731-PB"},
		{"  FZ-208-LM.", "licence-plate", Blocked, "FZ-208-LM"},
		{"Le minibus du club : EX-512-WA", "licence-plate", Blocked, "EX-512-WA"},
		{"Référence EX-512-WA au catalogue", "licence-plate", Doubt, "EX-512-WA"},
	})
	checkNone(t, "licence-plate", []string{
		"AB 123 CD",   // the undashed shape alone is too common
		"Salle B-12",  // a room
		"ISO-9001-EN", // a standard
	})
}

func TestDirectFlatOnAnAddressLine(t *testing.T) {
	checkDirect(t, []directCase{
		{"Résidence Les Acacias, bât D, appt 31, 21000 Dijon", "postal-address", Blocked, "appt 31, 21000 Dijon"},
		{"Flat 7, 22 rue Gambetta, 33000 Bordeaux", "postal-address", Blocked, "22 rue Gambetta, 33000 Bordeaux"},
		{"Flat 7, 22 rue Gambetta, 33000 Bordeaux", "postal-address", Blocked, "Flat 7"},
		{"Appartement 12B, 5 avenue Jean Jaurès, 69007 Lyon", "postal-address", Blocked, "5 avenue Jean Jaurès, 69007 Lyon"},
		{"Résidence du Parc, appt n° 4", "postal-address", Blocked, "appt n° 4"},
		{"Flat 2B, 14 Mill Road", "postal-address", Blocked, "14 Mill Road"},
		{"8 rue des Lilas, 44000 Nantes — buzz 'Martin'", "postal-address", Blocked, "8 rue des Lilas, 44000 Nantes"},
	})
	checkNone(t, "postal-address", []string{
		"a flat 10 % discount for members",
		"Salle 214, bâtiment C, 31200 Toulouse",
		"Appartement témoin ouvert à la visite samedi",
		"Notre local : bât B, appt 3, 12 rue Thiers, 64200 Biarritz",
	})
}

// "no." and "n." are abbreviations, not the end of a sentence: the label
// before them still announces the number after.
func TestDirectLabelBeforeNumberAbbreviation(t *testing.T) {
	checkDirect(t, []directCase{
		{"Social security no. 1 84 12 33 063 115 20", "nir", Blocked, "1 84 12 33 063 115 20"},
		{"N° de sécu n. 2 77 03 69 123 456 11", "nir", Blocked, "2 77 03 69 123 456 11"},
		{"NI no. CE 40 12 78 A", "id-document", Blocked, "CE 40 12 78 A"},
		{"Il est venu. 2 77 03 69 123 456 11", "nir", Doubt, "2 77 03 69 123 456 11"},
	})
}

func TestDirectEircodeAfterItsName(t *testing.T) {
	checkDirect(t, []directCase{
		{"Eircode D02 X285", "postal-address", Blocked, "D02 X285"},
		{"Her eircode is D6W FK92.", "postal-address", Blocked, "D6W FK92"},
		{"Eircode: A65F4E2, near the pier", "postal-address", Blocked, "A65F4E2"},
		{"Her Eircode is D02-X285.", "postal-address", Blocked, "D02-X285"},
	})
	checkNone(t, "postal-address", []string{
		"Product ref D02 X285",  // no Eircode named
		"Eircode: T12 AB34",     // B is no Eircode letter
		"Eircode D02 X2851 bis", // five characters
	})
}

func TestDirectNorthAmericanSocialNumbers(t *testing.T) {
	checkDirect(t, []directCase{
		{"SSN 536-22-8741", "id-document", Blocked, "536-22-8741"},
		{"His social security number is 536 22 8741.", "id-document", Blocked, "536 22 8741"},
		{"Client SSN: 536228741", "id-document", Blocked, "536228741"},
		{"SSN 536.22.8741", "id-document", Blocked, "536.22.8741"},
		{"536-22-8741 is his SSN.", "id-document", Blocked, "536-22-8741"},
		{"SIN: 146 454 286", "id-document", Blocked, "146 454 286"},
		{"His Social Insurance Number is 746-454-286.", "id-document", Blocked, "746-454-286"},
		{"NAS : 146 454 286", "id-document", Blocked, "146 454 286"},
	})
	checkNone(t, "id-document", []string{
		"Our SIREN is 512 345 678.",                                      // nine digits, no social number named
		"The Social Security Administration serves 70 000 000 people.",   // a count
		"Social security: call 800-772-1213 for help.",                   // a phone number's groups
		"SSN 536-22-8741-12",                                             // part of a longer number
		"Llamada sin coste: 900 100 200",                                 // Spanish « sin », a phone
		"Inscrições nas escolas pelo telefone 213 456 789",               // Portuguese « nas »
		"Mutuelle d'assurance sociale agricole, SIREN 775 685 019",       // a company's number
		"Les dépenses d'assurance sociale atteignent 536 228 741 euros.", // an amount
		"Social security spending: 536 228 741 dollars in the county.",   // an amount
	})
}

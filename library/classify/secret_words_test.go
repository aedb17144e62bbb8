package classify

import (
	"slices"
	"testing"
)

// Secrets without the shape of a secret: a password told as a recipe,
// its hint, a hidden spare key, the combination of a key box or a
// padlock. Category 4, blocked.
func TestSecretsToldInWordsAreBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le mot de passe du drive c'est le prénom du fondateur suivi de l'année du club", Blocked, Sensitive, "credential"},
		{"mdp de la compta : nom de la rue à l'envers", Blocked, Sensitive, "credential"},
		{"The alarm code is the year we opened, twice", Blocked, Sensitive, "credential"},
		{"Indice pour le mot de passe de la messagerie : notre mascotte et le code postal", Blocked, Sensitive, "credential"},
		{"Hint for the laptop password: the treasurer's cat plus 99", Blocked, Sensitive, "credential"},
		{"Le double des clés du local est planqué derrière le radiateur du couloir", Blocked, Sensitive, "credential"},
		{"The spare key for the shed is under the blue flowerpot", Blocked, Sensitive, "credential"},
		{"Le cadenas du garage à vélos : 3-7-0-9", Blocked, Sensitive, "credential"},
		{"La boîte à clés du chalet s'ouvre avec 5582", Blocked, Sensitive, "credential"},
		{"The key box at the back door opens with 2468", Blocked, Sensitive, "credential"},
		{"Code de validation arrivé sur le portable du trésorier pour le virement : 7710 52", Blocked, Sensitive, "credential"},
		{"Le code de réinitialisation du compte Zoom de l'asso, c'est 662941", Blocked, Sensitive, "credential"},
		{"Le mdp de la messagerie c'est le même que celui du drive avec un 7 à la fin", Blocked, Sensitive, "credential"},
		{"Alarme du dépôt : désarmer avec 4471 dans les 20 secondes", Blocked, Sensitive, "credential"},
		{"The keypad by the kitchen door takes 3805", Blocked, Sensitive, "credential"},
		{"en bas de l'immeuble fais 1 9 8 7 et pousse fort", Blocked, Sensitive, "credential"}, // keyed in at a building
		{"Pour la résidence, compose 4 4 1 2 au clavier.", Blocked, Sensitive, "credential"},
		{"Codes de secours du compte Microsoft de l'asso : 5521 8890 / 3374 1102", Blocked, Sensitive, "credential"},
		{"Seed phrase of the club's crypto wallet: apple river candle orbit stone maple lemon", Blocked, Sensitive, "credential"},
		{"La clé de la cabane est sous le paillasson vert", Blocked, Sensitive, "credential"},
		{"Le code du coffre, pense à la date de l'assemblée constitutive", Blocked, Sensitive, "credential"},
		{"Spare keys are on top of the fuse box in the corridor", Blocked, Sensitive, "credential"},
		{"The spare key hangs inside the meter cupboard by the gate", Blocked, Sensitive, "credential"},
		{"Clé de récupération du disque de la compta : 482913-118204-550192", Blocked, Sensitive, "credential"},
		{"Identifiants du portail de la mutuelle : 55120934 / 4471", Blocked, Sensitive, "credential"},
		{"The padlock combination is 07-13-25, don't lose it", Blocked, Sensitive, "credential"},
		{"motdepasse=Lavande77 pour le compte Canva", Blocked, Sensitive, "credential"},
		{"Identifiants de la messagerie : tresorerie_asso puis Cerisier2025", Blocked, Sensitive, "credential"},
		{"Log in as j.smith then Harbour2024 for the rota site", Blocked, Sensitive, "credential"},
		{"Le mot de passe de la compta est noté sur un post-it collé sous l'écran", Blocked, Sensitive, "credential"},
		{"Mot de passe du Drive : le même qu'avant suivi d'un 7", Blocked, Sensitive, "credential"},
		{"Verification code for the charity's online banking, just texted: 552 901", Blocked, Sensitive, "credential"},
	})
}

// Public texts about passwords, keys and padlocks: advice, a lost-key
// notice, an idiom, a price.
func TestPublicTextsAboutSecretsPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Choisissez un mot de passe long, par exemple trois mots suivis d'un chiffre", OK, 0, ""},
		{"Password tip: use a phrase followed by a number, never your birthday", OK, 0, ""},
		{"Les clés perdues peuvent être réclamées à l'accueil de la mairie", OK, 0, ""},
		{"Cadenas à code vendus 8 € à la recyclerie", OK, 0, ""},
		{"La boîte à clés sera installée le 3 mars 2026 à l'entrée du gîte", OK, 0, ""},
		{"Forgot your password? Click the reset link we sent you", OK, 0, ""},
		{"Vous recevrez un code de vérification par SMS, valable 10 minutes", OK, 0, ""},
		{"L'alarme incendie sera testée le 12 mars à 10 h", OK, 0, ""},
		{"Password policy: at least twelve characters followed by a symbol", OK, 0, ""},
		{"Cadenas neuf acheté le 12-05-2024 pour l'abri de jardin", OK, 0, ""},
		{"Ne notez jamais votre mot de passe sur un post-it", OK, 0, ""},
		{"Connexion au site : saisir l'adresse puis le code reçu, valable 10 minutes", OK, 0, ""},
		{"Le mot de passe doit être le même que celui choisi à l'inscription", OK, 0, ""},
		{"Enter the verification code we text you at each login", OK, 0, ""},
	})
}

// An idiom is no hiding place: « mettre la clé sous la porte » is to
// close down (news the gray rules may flag, never a secret).
func TestKeyIdiomIsNoHiddenKey(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Sans subvention, le club a failli mettre la clé sous la porte en 2020",
		"Mettre la clé sous la porte, c'est fermer définitivement une boutique",
	} {
		if r := c.Classify(s); slices.Contains(ruleNames(r), "credential") {
			t.Errorf("%q: a credential was found: %v", s, describe(s, r))
		}
	}
}

package lint

import (
	"io/fs"
	"strings"
	"testing"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/prompts"
)

func TestMain(m *testing.M) {
	i18n.SetEnglish(false)
	m.Run()
}

// lintText lints a one-file text with a classifier without rules.
func lintText(t *testing.T, text string) Report {
	t.Helper()
	return File("m.md", []byte(text), Options{Classifier: classify.New(classify.Rules{}),
		Profile: map[string]string{"site": "https://www.amisduvelo.fr"}})
}

// has reports a finding of rule at line:col with severity s whose message
// holds want.
func has(r Report, rule string, s Severity, line, col int, want string) bool {
	for _, f := range r.Findings {
		if f.Rule == rule && f.Severity == s && f.Line == line && (col < 0 || f.Col == col) && strings.Contains(f.Msg, want) {
			return true
		}
	}
	return false
}

func TestLintFindings(t *testing.T) {
	cases := []struct {
		name, text string
		rule       string
		sev        Severity
		line, col  int // col -1: any
		want       string
	}{
		{"parse error", "[PROMPT-001] T\nPROMPT : « a [b »\n", RuleParse, Error, 2, 14, "non fermé"},
		{"described unused", "[PROMPT-001] T\nPROMPT : a\nVARIABLES :\n- [b] : aide\n", RuleParse, Error, 4, 0, "décrite mais absente"},
		{"unknown type", "[PROMPT-001] T\nPROMPT : [b]\nVARIABLES :\n- [b] : type : jour\n", RuleParse, Error, 4, 0, "type inconnu"},
		{"duplicate", "[PROMPT-001] T\nPROMPT : a\n\n[PROMPT-001] U\nPROMPT : b\n", RuleDuplicate, Error, 4, 0, "déjà défini ligne 1"},
		{"variables found", "[PROMPT-001] T\nPROMPT : [a] [d]\nVARIABLES :\n- [a] : aide\n- [d] : quand ; type : date\n", RuleVariables, Info, 1, 0, "2 variable(s) : [a], [d] (date)"},
		{"undescribed", "[PROMPT-001] T\nCONTEXTE : x\nPROMPT :\n« Écris pour [public] et [usage]. »\nVARIABLES :\n- [public] : à qui\n", RuleUndescribed, Error, 4, 26, "[usage] est utilisée mais n’est décrite nulle part"},
		{"no help", "[PROMPT-001] T\nPROMPT : [a]\nVARIABLES :\n- [a] : défaut : b\n", RuleNoHelp, Warning, 4, 0, "[a] n'a pas de texte d'aide"},
		{"name invites", "[PROMPT-001] T\nPROMPT : [nom du bénéficiaire]\nVARIABLES :\n- [nom du bénéficiaire] : son nom\n", RuleInvites, Warning, 4, 0, "Bénéficiaire_001"},
		{"help invites", "[PROMPT-001] T\nPROMPT : [qui]\nVARIABLES :\n- [qui] : l'adresse de la personne accompagnée\n", RuleInvites, Warning, 4, 0, "(adresse)"},
		{"undescribed invites", "[PROMPT-001] T\nPROMPT : écris à [téléphone]\nVARIABLES :\n", RuleInvites, Warning, 2, 18, "(téléphone)"},
		{"possessive in help", "[PROMPT-001] T\nPROMPT : [qui]\nVARIABLES :\n- [qui] : écrivez son prénom\n", RuleInvites, Warning, 4, 0, "nom d'une personne"},
		{"situation", "[PROMPT-001] T\nPROMPT : [situation de la personne]\nVARIABLES :\n- [situation de la personne] : en deux lignes\n", RuleInvites, Warning, 4, 0, "situation personnelle"},
		{"default misfits", "[PROMPT-001] T\nPROMPT : [d]\nVARIABLES :\n- [d] : quand ; type : date ; défaut : bientôt\n", RuleDefaultKind, Error, 4, 0, "« bientôt » ne correspond pas"},
		{"choice misfits", "[PROMPT-001] T\nPROMPT : [n]\nVARIABLES :\n- [n] : combien ; type : nombre ; choix : 10 | beaucoup\n", RuleDefaultKind, Error, 4, 0, "« beaucoup »"},
		{"assoc e-mail default", "[PROMPT-001] T\nPROMPT : [e]\nVARIABLES :\n- [e] : adresse d'inscription ; type : e-mail de l'association ; défaut : marie@gmail.com\n", RuleDefaultKind, Error, 4, 0, "marie@gmail.com"},
		{"person in context", "[PROMPT-001] T\nCONTEXTE :\n« Notre association aide les familles.\nMme Dupont est diabétique et vient le lundi. »\nPROMPT : écris [y]\nVARIABLES :\n- [y] : quoi\n", RuleWording, Error, 4, 16, "donnée sensible"},
		{"person as default", "[PROMPT-001] T\nPROMPT : écris à [y]\nVARIABLES :\n- [y] : le public visé ; défaut : Mme Dupont, diabétique\n", RuleWording, Error, 4, 0, "la valeur proposée « Mme Dupont, diabétique »"},
		{"e-mail as choice", "[PROMPT-001] T\nPROMPT : écris à [y]\nVARIABLES :\n- [y] : à qui ; choix : les adhérents | jeanne.martin@gmail.com\n", RuleWording, Error, 4, 0, "jeanne.martin@gmail.com"},
		{"quoted context", "[PROMPT-001] T\nCONTEXTE :\n« Mme Dupont est diabétique. »\nPROMPT : écris [y]\nVARIABLES :\n- [y] : quoi\n", RuleWording, Error, 3, 18, "donnée sensible"},
		{"e-mail in prompt", "[PROMPT-001] T\nPROMPT : Réponds à [y], en copie jeanne.martin@gmail.com\nVARIABLES :\n- [y] : à qui\n", RuleWording, Error, 2, 34, "donnée personnelle"},
	}
	for _, c := range cases {
		r := lintText(t, c.text)
		if !has(r, c.rule, c.sev, c.line, c.col, c.want) {
			t.Errorf("%s: no %s %s at %d:%d with %q in\n%+v", c.name, c.sev, c.rule, c.line, c.col, c.want, r.Findings)
		}
	}
}

// What the lint must not say: each text is clean of the rule.
func TestLintQuiet(t *testing.T) {
	cases := []struct{ name, text, rule string }{
		{"association's name", "[PROMPT-001] T\nPROMPT : [Nom asso]\nVARIABLES :\n- [Nom asso] : nom de l'association\n", RuleInvites},
		{"premises", "[PROMPT-001] T\nPROMPT : [adresse des locaux]\nVARIABLES :\n- [adresse des locaux] : où nous trouver\n", RuleInvites},
		{"generic contact", "[PROMPT-001] T\nPROMPT : [contact]\nVARIABLES :\n- [contact] : moyen de contact générique, par exemple le téléphone de l'accueil, jamais celui d'une personne\n", RuleInvites},
		{"negated help", "[PROMPT-001] T\nPROMPT : [suivi]\nVARIABLES :\n- [suivi] : ce qui est noté, sans nom ni prénom de personne\n", RuleInvites},
		{"invented columns", "[PROMPT-001] T\nPROMPT : [colonnes]\nVARIABLES :\n- [colonnes] : intitulés, par exemple « code adhérent, prénom, nom, date de naissance »\n", RuleInvites},
		{"volunteer mission", "[PROMPT-001] T\nPROMPT : [mission bénévole]\nVARIABLES :\n- [mission bénévole] : ce que feront les bénévoles\n", RuleInvites},
		{"variable blanked", "[PROMPT-001] T\nPROMPT : Écris à [destinataire] au sujet de [sujet].\nVARIABLES :\n- [destinataire] : le public visé\n- [sujet] : le sujet\n", RuleWording},
		{"public wording", "[PROMPT-001] T\nCONTEXTE : Atelier de prévention du diabète ouvert à tous, le mardi.\nPROMPT : Rédige une affiche.\n", RuleWording},
	}
	for _, c := range cases {
		r := lintText(t, c.text)
		for _, f := range r.Findings {
			if f.Rule == c.rule {
				t.Errorf("%s: unexpected %+v", c.name, f)
			}
		}
	}
}

// Every template shipped in prompts/ lints without an error (nor a
// warning: they are the models a référent copies).
func TestShippedTemplatesLintClean(t *testing.T) {
	names, err := fs.Glob(prompts.FS, "*.md")
	if err != nil || len(names) < 12 {
		t.Fatalf("%d templates, %v", len(names), err)
	}
	c := classify.New(classify.Rules{})
	for _, name := range names {
		data, _ := fs.ReadFile(prompts.FS, name)
		r := File(name, data, Options{Classifier: c})
		if r.Count(Error)+r.Count(Warning) > 0 || len(r.Templates) != 1 {
			t.Errorf("%s: %+v", name, r.Findings)
		}
	}
}

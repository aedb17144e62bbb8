package method

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"

	"tamis/i18n"
)

// Statement is one training exercise: a short invented text, the answer the
// method expects and why.
type Statement struct {
	ID     string `json:"id"`   // "ENT-001"
	Kind   string `json:"kind"` // what the method lists it under ("sante", "horaires"…)
	Lang   string `json:"lang"` // "fr" or "en"
	Text   string `json:"text"`
	Answer Answer `json:"-"`
	Reason string `json:"reason"`
}

//go:embed entrainement.txt
var defaultStatements string

// DefaultStatements returns the statements shipped with tamis. The file is
// part of the binary and checked by the tests, so a failure here is a bug.
func DefaultStatements() []Statement {
	s, err := ParseStatements(defaultStatements)
	if err != nil {
		panic(err)
	}
	return s
}

var statementHead = regexp.MustCompile(`^\[(ENT-[0-9]{3,})\]\s*(\S*)\s*$`)

// ParseStatements reads statements in the text style of the templates:
//
//	[ENT-001] horaires
//	ÉNONCÉ : Cours de FLE le mardi de 14 h à 16 h.
//	RÉPONSE : 2
//	RAISON : Test de la porte : …
//
// with an optional « LANGUE : en ». Text before the first heading is a
// preamble and ignored. Every problem is reported with its line number.
func ParseStatements(text string) ([]Statement, error) {
	var out []Statement
	var cur *Statement
	seen := map[string]int{}
	var errs []string
	flush := func() {
		if cur != nil {
			if msg := incomplete(*cur); msg != "" {
				errs = append(errs, fmt.Sprintf("%s : %s", cur.ID, msg))
			}
			out = append(out, *cur)
		}
	}
	for n, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		n++
		line = strings.TrimSpace(line)
		if m := statementHead.FindStringSubmatch(line); m != nil {
			flush()
			if first, dup := seen[m[1]]; dup {
				errs = append(errs, fmt.Sprintf(i18n.T("ligne %d : %s déjà utilisé ligne %d", "line %d: %s already used on line %d"), n, m[1], first))
			}
			seen[m[1]] = n
			cur = &Statement{ID: m[1], Kind: m[2], Lang: "fr"}
			continue
		}
		if cur == nil || line == "" {
			continue
		}
		if msg := setField(cur, line); msg != "" {
			errs = append(errs, fmt.Sprintf(i18n.T("ligne %d : %s", "line %d: %s"), n, msg))
		}
	}
	flush()
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// setField reads one « NOM : valeur » line into s; a message when it is not one.
func setField(s *Statement, line string) string {
	name, value, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Sprintf(i18n.T("ligne sans « NOM : valeur » : %.40q", "line without “NAME: value”: %.40q"), line)
	}
	value = strings.TrimSpace(value)
	switch strings.ToUpper(strings.TrimSpace(name)) {
	case "ÉNONCÉ", "ENONCE", "STATEMENT":
		s.Text = value
	case "RÉPONSE", "REPONSE", "ANSWER":
		a, ok := ParseAnswer(value)
		if !ok {
			return fmt.Sprintf(i18n.T("réponse « %s » inconnue (1, 2, 3, 4 ou doute)", "unknown answer %q (1, 2, 3, 4 or doute)"), value)
		}
		s.Answer = a
	case "RAISON", "REASON":
		s.Reason = value
	case "LANGUE", "LANG":
		s.Lang = strings.ToLower(value)
	default:
		return fmt.Sprintf(i18n.T("champ « %s » inconnu (ÉNONCÉ, RÉPONSE, RAISON, LANGUE)", "unknown field %q (ÉNONCÉ, RÉPONSE, RAISON, LANGUE)"), strings.TrimSpace(name))
	}
	return ""
}

func incomplete(s Statement) string {
	switch {
	case s.Text == "":
		return i18n.T("ÉNONCÉ manquant", "ÉNONCÉ missing")
	case s.Answer == 0:
		return i18n.T("RÉPONSE manquante", "RÉPONSE missing")
	case s.Reason == "":
		return i18n.T("RAISON manquante", "RAISON missing")
	}
	return ""
}

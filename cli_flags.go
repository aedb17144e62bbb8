package main

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tamis/i18n"
	"tamis/library"
)

// Flags are English, like most command names (list, fill, import…); each
// one also answers to its French name, which the help shows beside it.
// French words were the first names of some flags (--confirmer, --valeurs…):
// scripts and habits that use them keep working.
var flagAliases = map[string]string{
	"valeurs":        "values",
	"confirmer":      "confirm",
	"sans-reparer":   "no-repair",
	"restaurer":      "restore",
	"garder":         "keep",
	"phrase-fichier": "passphrase-file",
	"tous":           "all",
	"definir":        "set",
	"effacer":        "unset",
	"autoriser":      "allow",
	"interdire":      "deny",
	"retirer":        "remove",
	"aide":           "help",
	"raison":         "reason",
	"brouillons":     "drafts",
	// the method's commands (charte, entrainement, indicateurs)
	"signer":            "sign",
	"registre":          "register",
	"effacer-signature": "erase",
	"modifier":          "edit",
	"avant-copie":       "before-copy",
	"ajouter":           "add",
	"depuis":            "since",
	"equipe":            "team",
	"minutes-modele":    "minutes-template",
	"conservation":      "retention",
}

// normalizeFlag makes a French alias the same flag as its English name.
func normalizeFlag(_ *pflag.FlagSet, name string) pflag.NormalizedName {
	if canonical, ok := flagAliases[name]; ok {
		return pflag.NormalizedName(canonical)
	}
	return pflag.NormalizedName(name)
}

// aliasesOf lists the other names of a flag, for the help.
func aliasesOf(name string) []string {
	var out []string
	for alias, canonical := range flagAliases {
		if canonical == name {
			out = append(out, alias)
		}
	}
	sort.Strings(out)
	return out
}

// typedFlag is the flag as the user wrote it (--garder or --keep), found
// in the command line; the English name when it cannot be told.
func typedFlag(args []string, name string) string {
	names := append([]string{name}, aliasesOf(name)...)
	for _, a := range args {
		if a == "--" {
			break
		}
		for _, n := range names {
			if a == "--"+n || strings.HasPrefix(a, "--"+n+"=") {
				return "--" + n
			}
		}
	}
	return "--" + name
}

// flagError turns pflag's English errors into usage errors in the user's
// language, naming the flag as typed. A value refused by one of our Set
// methods explains itself; the value is never repeated (it may be personal).
func flagError(err error, args []string) error {
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		return unknownFlag(notExist)
	case errors.As(err, &needsValue):
		return usageErrorf(i18n.T("l’option %s attend une valeur", "option %s needs a value"), "--"+needsValue.GetSpecifiedName())
	case errors.As(err, &invalid):
		return usageErrorf(i18n.T("valeur refusée pour %s : %s", "value refused for %s: %s"),
			typedFlag(args, invalid.GetFlag().Name), valueReason(invalid))
	case errors.As(err, &syntax):
		return usageErrorf(i18n.T("option mal écrite « %s »", "badly written option %q"), syntax.GetSpecifiedFlag())
	}
	return usageErrorf(i18n.T("option refusée (%s)", "option refused (%s)"), err)
}

// unknownFlag names an unknown option; `-set`, which Go's own flag
// package accepted, is told to be written --set.
func unknownFlag(e *pflag.NotExistError) error {
	if short := e.GetSpecifiedShortnames(); short != "" {
		if len(short) > 1 {
			return usageErrorf(i18n.T("option inconnue -%s : une option longue s’écrit avec deux tirets (--%s)",
				"unknown option -%s: a long option is written with two dashes (--%s)"), short, short)
		}
		return usageErrorf(i18n.T("option inconnue -%s", "unknown option -%s"), short)
	}
	return usageErrorf(i18n.T("option inconnue --%s", "unknown option --%s"), e.GetSpecifiedName())
}

// valueReason is why a flag's value was refused, in the user's words.
func valueReason(e *pflag.InvalidValueError) string {
	cause := errors.Unwrap(e)
	var num *strconv.NumError
	switch {
	case errors.As(cause, &num) && errors.Is(num.Err, strconv.ErrRange):
		return i18n.T("nombre trop grand", "number too large")
	case errors.As(cause, &num) && e.GetFlag().Value.Type() == "bool":
		return i18n.T("pas de valeur (ou true, false)", "no value (or true, false)")
	case errors.As(cause, &num):
		return i18n.T("un nombre est attendu", "a number is expected")
	case cause != nil:
		return cause.Error()
	}
	return i18n.T("valeur invalide", "invalid value")
}

// noArgs refuses positional arguments for commands that take none.
func noArgs(_ *cobra.Command, args []string) error {
	return maxArgs(0)(nil, args)
}

// maxArgs refuses more than n positional arguments.
func maxArgs(n int) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErrorf(i18n.T("argument en trop « %s »", "unexpected argument %q"), args[n])
		}
		return nil
	}
}

// oneID requires the template id of show and fill.
func oneID(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageErrorf("%s", i18n.T("indiquez un identifiant, par exemple PROMPT-001", "give one id, for example PROMPT-001"))
	}
	return nil
}

// setFlags collects repeated --set NAME=VALUE options.
type setFlags map[string]string

func (s setFlags) String() string { return "" }

// Type is the placeholder pflag shows; our help writes its own.
func (s setFlags) Type() string { return "NAME=VALUE" }

func (s setFlags) Set(v string) error {
	name, value, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(name) == "" {
		return errors.New(i18n.T("attendu NOM=VALEUR (la valeur n’est pas répétée ici)", "expected NAME=VALUE (the value is not repeated here)"))
	}
	if err := library.CheckValue(strings.TrimSpace(name), value); err != nil {
		return err
	}
	s[strings.TrimSpace(name)] = value
	return nil
}

// listFlag collects a repeated string option.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ", ") }

// Type is the placeholder pflag shows; our help writes its own.
func (l *listFlag) Type() string { return "TEXT" }

func (l *listFlag) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New(i18n.T("entrée vide", "empty entry"))
	}
	if err := library.CheckValue(i18n.T("règle", "rule"), v); err != nil {
		return err
	}
	*l = append(*l, v)
	return nil
}

// flagPlaceholder is the word shown after a flag in the help (--set
// NOM=VALEUR), kept in the flag's annotations.
const flagPlaceholder = "tamis-placeholder"

// withPlaceholder sets the word shown after flag name in the help.
func withPlaceholder(fs *pflag.FlagSet, name, placeholder string) {
	_ = fs.SetAnnotation(name, flagPlaceholder, []string{placeholder})
}

// flagUsage is one line of the options in the help: --set NOM=VALEUR, its
// French alias, then what it does.
func flagUsage(f *pflag.Flag) (string, string) {
	names := "--" + f.Name
	if f.Shorthand != "" {
		names = "-" + f.Shorthand + ", " + names
	}
	for _, a := range aliasesOf(f.Name) {
		names += ", --" + a
	}
	if p := f.Annotations[flagPlaceholder]; len(p) == 1 {
		names += " " + p[0]
	}
	return names, f.Usage
}

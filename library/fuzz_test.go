package library

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that every error it returns is
// a *ParseError, and that whatever it accepts survives Format unchanged.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../prompts/*.md")
	more, _ := filepath.Glob("testdata/*.md")
	for _, name := range append(seeds, more...) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"[PROMPT-001] T\nPROMPT : « a [b] c »\n",
		"[PROMPT-001] T\nCONTEXTE : x\nPROMPT :\n« [a\n",
		"[PROMPT-001] T\nPROMPT : [a](b) [ ] [x] \\[c]\nVARIABLES :\n- [a] : h \\; i ; défaut : d\\|e ; choix : f \\| g | h\n",
		"[PROMPT-001] T\r\nPROMPT : x\r\n",
		"[PROMPT-001] T\nPROMPT : [d] [c] [e]\nVARIABLES :\n- [d] : quand ; type : date\n- [c] : type : choix ; choix : a | b\n- [e] : Type : e-mail de l’association\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ts, err := Parse("fuzz.md", data)
		if err != nil {
			checkParseErrors(t, err)
			return
		}
		text := FormatAll(ts)
		back, err := Parse("formatted.md", text)
		if err != nil {
			t.Fatalf("Parse(FormatAll) failed: %v\ninput %q\nformatted %q", err, data, text)
		}
		if !reflect.DeepEqual(back, ts) {
			t.Fatalf("round trip differs\ninput %q\nformatted %q\n got %#v\nwant %#v", data, text, back, ts)
		}
		if again := FormatAll(back); string(again) != string(text) {
			t.Fatalf("FormatAll not a fixed point\n%q\n%q", text, again)
		}
	})
}

// checkParseErrors fails unless err is made only of *ParseError values.
func checkParseErrors(t *testing.T, err error) {
	t.Helper()
	var leaves []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		leaves = j.Unwrap()
	} else {
		leaves = []error{err}
	}
	for _, e := range leaves {
		var pe *ParseError
		if !errors.As(e, &pe) || pe.Msg == "" {
			t.Fatalf("error is not a ParseError: %#v", e)
		}
	}
}

// FuzzScan checks that the fast bracket check agrees with the full scanner.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"[a]", `\[a`, `\\[a]`, "[a [b]]", "[a\nb]", "[x](y) [ ] [", "é[à]ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, full := scan(s, true)
		fast := bracketError(s)
		if (full == nil) != (fast == nil) || (full != nil && *full != *fast) {
			t.Fatalf("%q: scan %v, bracketError %v", s, full, fast)
		}
		names := VarNames(s)
		if len(names) > 0 && full == nil {
			f, err := (Template{Prompt: s}).Fill(map[string]string{})
			var me *MissingError
			if !errors.As(err, &me) || f != (Filled{}) {
				t.Fatalf("%q: Fill without values gave %v", s, err)
			}
		}
	})
}

// FuzzFormat builds templates from arbitrary field values, as an editor or
// the store could, and checks that whatever of them Parse accepts back is a
// fixed point of Format then Parse.
func FuzzFormat(f *testing.F) {
	f.Add("Titre", "a, b", "[Nom asso] agit", "Écris [X mots]", "aide ; suite", `d\|e`, "a|b", true)
	f.Add("T", "", "", "[v]", `fin\`, ";", `\`, false)
	f.Fuzz(func(t *testing.T, title, tags, ctx, prompt, help, def, choices string, multi bool) {
		tpl := Template{ID: "PROMPT-001", Title: title, Status: StatusDraft, Context: ctx, Prompt: prompt}
		if tags != "" {
			tpl.Tags = strings.Split(tags, ",")
		}
		for i, name := range append(VarNames(ctx), VarNames(prompt)...) {
			v := Variable{Name: name}
			if i == 0 {
				v = Variable{Name: name, Help: help, Default: def, Multiline: multi}
				if choices != "" {
					v.Choices = strings.Split(choices, "|")
				}
			}
			tpl.Variables = append(tpl.Variables, v)
		}
		if c, err := tpl.Canonical(); err == nil {
			if again, err := c.Canonical(); err != nil || !reflect.DeepEqual(again, c) {
				t.Fatalf("Canonical not idempotent: %v\n%#v\n%#v", err, c, again)
			}
			if c.Context != cleanBlock(ctx) || c.Prompt != cleanBlock(prompt) {
				t.Fatalf("Canonical changed the text: %#v", c)
			}
		}
		ts, err := Parse("f.md", Format(tpl))
		if err != nil {
			checkParseErrors(t, err)
			return
		}
		if len(ts) != 1 {
			t.Fatalf("%d templates from one", len(ts))
		}
		if want := tpl.Variables; len(want) > 0 && cleanVar(want[0]) && !reflect.DeepEqual(ts[0].Variables[0], want[0]) {
			t.Fatalf("variable changed: %#v became %#v", want[0], ts[0].Variables[0])
		}
		text := Format(ts[0])
		back, err := Parse("g.md", text)
		if err != nil || !reflect.DeepEqual(back, ts) {
			t.Fatalf("not a fixed point: %v\n%q\n%#v\n%#v", err, text, back, ts)
		}
		if again := Format(back[0]); string(again) != string(text) {
			t.Fatalf("Format not stable\n%q\n%q", text, again)
		}
	})
}

// cleanVar reports a variable whose metadata must survive Format exactly:
// single-line trimmed values and a help text that is not a label.
func cleanVar(v Variable) bool {
	clean := func(s string) bool {
		return s == collapseSpaces(s) && checkText("", s) == nil && !strings.Contains(s, "\n")
	}
	if k, _ := metaPart(v.Help); k != metaHelp || !clean(v.Help) || !clean(v.Default) {
		return false
	}
	for _, c := range v.Choices {
		if c == "" || !clean(c) {
			return false
		}
	}
	return true
}

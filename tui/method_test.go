package tui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"

	"tamis/referent"
	"tamis/store"
)

// methodSizes are the two terminal sizes every method screen is checked at.
var methodSizes = [][2]int{{80, 24}, {40, 12}}

// methodTest drives the program on a real store in a temporary folder, at
// one size, with a fixed training draw.
type methodTest struct {
	*screenTest
	st *store.Store
}

func newMethodTest(t *testing.T, size [2]int, setup func(*store.Store)) *methodTest {
	t.Helper()
	return newMethodTestWith(t, size, setup, nil)
}

// newMethodTestWith is newMethodTest with a change to the dependencies.
func newMethodTestWith(t *testing.T, size [2]int, setup func(*store.Store), deps func(*Deps, *store.Store)) *methodTest {
	t.Helper()
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(st)
	}
	env := newTestEnv()
	env.deps.Method, env.deps.Seed = st, 42
	if deps != nil {
		deps(&env.deps, st)
	}
	tm := teatest.NewTestModel(t, New(env.deps), teatest.WithInitialTermSize(size[0], size[1]))
	return &methodTest{&screenTest{t: t, tm: tm, env: env}, st}
}

// eachMethodSize runs fn at 80×24 and 40×12, each with its own golden file.
func eachMethodSize(t *testing.T, fn func(t *testing.T, size [2]int)) {
	for _, size := range methodSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) { fn(t, size) })
	}
}

func TestMethodCharterSign(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		mt := newMethodTest(t, size, nil)
		mt.waitFor("PROMPT-001").keys("c").waitFor("Préambule").keys("s").typeText("Awa").keys("enter").waitFor("Merci")
		mt.golden()
		list, err := mt.st.Signatures()
		if err != nil || len(list) != 1 || list[0].Name != "Awa" || list[0].Version != 1 {
			t.Errorf("register %+v %v", list, err)
		}
	})
}

func TestMethodCharterRefusesANumber(t *testing.T) {
	mt := newMethodTest(t, methodSizes[0], nil)
	mt.waitFor("PROMPT-001").keys("c").waitFor("Préambule").keys("s").typeText("Awa 06").keys("enter").waitFor("signature refusée")
	mt.golden()
	if list, _ := mt.st.Signatures(); len(list) != 0 {
		t.Errorf("refused name kept: %+v", list)
	}
}

func TestMethodTreeQuestion(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		newMethodTest(t, size, nil).waitFor("PROMPT-001").keys("a", "n", "o").waitFor("Question 3").golden()
	})
}

func TestMethodTreeEnd(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		newMethodTest(t, size, nil).waitFor("PROMPT-001").keys("a", "n", "n", "n", "n", "o").waitFor("Que faire").golden()
	})
}

// From a doubt, the tree starts with the value in question; esc comes
// back to the doubt.
func TestMethodTreeFromDoubt(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		mt := newMethodTest(t, size, nil)
		mt.openFirst().typeText("remercier la trésorière").keys("ctrl+y").waitFor("Doute").keys("a").waitFor("Question 1")
		mt.golden()
	})
	mt := newMethodTest(t, methodSizes[0], nil)
	mt.openFirst().typeText("remercier la trésorière").keys("ctrl+y").waitFor("Annuler").keys("a").waitFor("Question 1").keys("esc").waitFor("Copier quand")
	if err := mt.tm.Quit(); err != nil {
		t.Fatal(err)
	}
	m := mt.tm.FinalModel(t, teatest.WithFinalTimeout(screenWait)).(Model)
	if m.state != stateVerdict || m.method != nil {
		t.Errorf("esc from the tree: state %v", m.state)
	}
}

func TestMethodTrainingFeedback(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		newMethodTest(t, size, nil).waitFor("PROMPT-001").keys("e").waitFor("Entraînement").keys("1").waitFor("tamis classerait").golden()
	})
}

func TestMethodTrainingRound(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		mt := newMethodTest(t, size, nil)
		mt.waitFor("PROMPT-001").keys("e").waitFor("Entraînement")
		for range 10 {
			mt.keys("d", "enter")
		}
		mt.waitFor("enregistrée").golden()
		rounds, err := mt.st.TrainingRounds()
		if err != nil || len(rounds) != 1 || rounds[0].Total != 10 {
			t.Errorf("rounds %+v %v", rounds, err)
		}
	})
}

func TestMethodIndicators(t *testing.T) {
	week := time.Date(2026, 11, 2, 10, 0, 0, 0, time.Local)
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		mt := newMethodTest(t, size, func(st *store.Store) {
			for i, a := range []string{store.ActionCopied, store.ActionCopied, store.ActionRefused, store.ActionAnonymised} {
				v := "ok"
				if a == store.ActionRefused {
					v = "blocked"
				}
				if err := st.RecordEvent(store.Event{Time: week.AddDate(0, 0, 7*i), TemplateID: "PROMPT-001", Verdict: v, Action: a}); err != nil {
					t.Fatal(err)
				}
			}
			if err := st.SetTeamSize(4); err != nil {
				t.Fatal(err)
			}
		})
		mt.waitFor("PROMPT-001").keys("i").waitFor("objectif").golden()
	})
}

// The method's screens keep nothing typed but the signer's chosen name:
// a value typed in a template before opening the tree is not in the file.
func TestMethodScreensWriteNoTypedValue(t *testing.T) {
	mt := newMethodTest(t, methodSizes[0], nil)
	mt.openFirst().typeText("remercier la trésorière Zéphyrine").keys("ctrl+y").waitFor("Annuler").keys("a").waitFor("Valeur en question")
	mt.keys("esc").waitFor("Copier quand").keys("esc").waitFor("Aperçu du texte").keys("esc").waitFor("PROMPT-001").keys("e").waitFor("Entraînement")
	for range 10 {
		mt.keys("4", "enter")
	}
	mt.waitFor("enregistrée")
	if err := mt.tm.Quit(); err != nil {
		t.Fatal(err)
	}
	mt.tm.FinalModel(t, teatest.WithFinalTimeout(screenWait))
	raw, err := os.ReadFile(mt.st.Path())
	if err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{"Zéphyrine", "trésorière", "remercier"} {
		if bytes.Contains(raw, []byte(typed)) {
			t.Errorf("the database holds %q", typed)
		}
	}
	if !strings.Contains(string(raw), store.ActionTrainingRound) {
		t.Error("the round was not recorded")
	}
}

// A defined référent's passphrase opens the indicators screen; a wrong one
// does not, and the passphrase is never in the file.
func TestMethodIndicatorsAskTheReferent(t *testing.T) {
	const phrase = "la salle des fêtes"
	mt := newMethodTestWith(t, methodSizes[0], func(st *store.Store) {
		hash, err := referent.Hash(referent.Normalize(phrase), referent.Params{Time: 1, Memory: 64, Threads: 1, SaltLen: 16, KeyLen: 32})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.SetPassphraseHash(hash); err != nil {
			t.Fatal(err)
		}
	}, func(d *Deps, st *store.Store) { d.Unlock = referent.NewGate(st).Unlock })
	mt.waitFor("PROMPT-001").keys("i").waitFor("Réservé au référent").typeText("pas la bonne").keys("enter").waitFor("Phrase de passe incorrecte")
	mt.golden()
	mt2 := newMethodTestWith(t, methodSizes[0], nil, func(d *Deps, _ *store.Store) {
		d.Unlock = func(p string) error {
			if p != phrase {
				return referent.ErrWrongPhrase
			}
			return nil
		}
	})
	mt2.waitFor("PROMPT-001").keys("i").waitFor("Réservé").typeText(phrase).keys("enter").waitFor("objectif")
	raw, _ := os.ReadFile(mt.st.Path())
	if bytes.Contains(raw, []byte("salle des f")) || bytes.Contains(raw, []byte("pas la bonne")) {
		t.Error("a passphrase reached the file")
	}
}

func TestMethodSurveyQuestion(t *testing.T) {
	eachMethodSize(t, func(t *testing.T, size [2]int) {
		newMethodTest(t, size, nil).waitFor("PROMPT-001").keys("s", "enter", " ", "down", "down", " ").waitFor("▸ [x] courriels").golden()
	})
}

// The six answers are kept as choices, without a name, under the quarter.
func TestMethodSurveyAnswered(t *testing.T) {
	mt := newMethodTest(t, methodSizes[0], nil)
	mt.waitFor("PROMPT-001").keys("s").waitFor("1/6").keys("down", "enter").waitFor("2/6").keys(" ", "enter").waitFor("3/6").
		keys("down", "down", "down", "enter").waitFor("4/6")
	for range 7 {
		mt.keys("down")
	}
	mt.keys("enter").waitFor("5/6").keys("down", "down", "down", " ", "enter").waitFor("6/6").keys("down", " ", "enter").waitFor("Merci")
	mt.golden()
	got, err := mt.st.Surveys()
	want := store.SurveyAnswer{Quarter: store.Quarter(time.Now()), Frequency: "hebdomadaire", Tasks: []string{"presentation"},
		MinutesWeek: 60, Satisfaction: 8, Difficulties: []string{"doutes"}, Needs: []string{"classification"}}
	if err != nil || len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(want) {
		t.Errorf("surveys %+v, want %+v (%v)", got, want, err)
	}
}

// The survey is reminded on the list once a quarter: the first program of
// the quarter says it, the next one does not.
func TestMethodSurveyReminder(t *testing.T) {
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	run := func(waitFor string) string {
		env := newTestEnv()
		env.deps.RemindSurvey = func() (bool, error) { return st.RemindSurvey(time.Now()) }
		tm := teatest.NewTestModel(t, New(env.deps), teatest.WithInitialTermSize(80, 24))
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(waitFor)) },
			teatest.WithDuration(screenWait))
		if err := tm.Quit(); err != nil {
			t.Fatal(err)
		}
		return tm.FinalModel(t, teatest.WithFinalTimeout(screenWait)).(Model).View()
	}
	if v := run("Questionnaire du trimestre"); !strings.Contains(v, "Questionnaire du trimestre") {
		t.Errorf("first run of the quarter: no reminder\n%s", v)
	}
	// The second program asks the store as the first did, before its first
	// frames; a reminder would show by the time the list does.
	if v := run("PROMPT-001"); strings.Contains(v, "Questionnaire du trimestre") {
		t.Errorf("second run of the quarter: reminded again\n%s", v)
	}
}

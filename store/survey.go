package store

import (
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SurveyAnswer is one volunteer's answer to the quarterly survey, without
// a name and dated by its quarter only, so that it cannot be tied to who
// sat at the laptop that day. Every answer is one of the choices below:
// nothing typed is kept.
type SurveyAnswer struct {
	Quarter      string   `json:"quarter"`      // "2026-T4"
	Frequency    string   `json:"frequency"`    // one of SurveyFrequencies
	Tasks        []string `json:"tasks"`        // among SurveyTasks
	MinutesWeek  int      `json:"minutes_week"` // time saved per week, 0 to 600
	Satisfaction int      `json:"satisfaction"` // 1 to 10
	Difficulties []string `json:"difficulties"` // among SurveyDifficulties
	Needs        []string `json:"needs"`        // among SurveyNeeds
}

// The choices of the survey's questions.
var (
	SurveyFrequencies  = []string{"quotidien", "hebdomadaire", "mensuel", "rarement", "jamais"}
	SurveyTasks        = []string{"presentation", "reseaux-sociaux", "courriels", "planning", "traduction", "supports", "autre"}
	SurveyDifficulties = []string{"aucune", "trouver-modele", "remplir", "doutes", "resultats-ia", "temps"}
	SurveyNeeds        = []string{"aucun", "classification", "prompts", "verification", "anonymisation"}
)

// ErrSurvey: an answer outside the survey's choices.
var ErrSurvey = &Error{"réponse au questionnaire hors des choix proposés", "survey answer outside the offered choices"}

// Quarter names the quarter of t: "2026-T4".
func Quarter(t time.Time) string {
	return fmt.Sprintf("%d-T%d", t.Year(), (int(t.Month())+2)/3)
}

// AddSurvey keeps an answer to the quarterly survey, under the quarter of
// now, and records that one was given.
func (s *Store) AddSurvey(a SurveyAnswer, now time.Time) error {
	if err := checkSurvey(a); err != nil {
		return err
	}
	a.Quarter = Quarter(now)
	return s.update(func(tx *bolt.Tx) error {
		var list []SurveyAnswer
		if err := getJSON(tx, keySurveys, &list); err != nil {
			return err
		}
		if err := putJSON(tx, keySurveys, append(list, a)); err != nil {
			return err
		}
		return putEventTx(tx, Event{Time: now, Action: ActionSurvey})
	})
}

func checkSurvey(a SurveyAnswer) error {
	ok := slices.Contains(SurveyFrequencies, a.Frequency) &&
		a.MinutesWeek >= 0 && a.MinutesWeek <= 600 &&
		a.Satisfaction >= 1 && a.Satisfaction <= 10 &&
		allIn(a.Tasks, SurveyTasks) && allIn(a.Difficulties, SurveyDifficulties) && allIn(a.Needs, SurveyNeeds)
	if !ok {
		return ErrSurvey
	}
	return nil
}

func allIn(list, choices []string) bool {
	for _, x := range list {
		if !slices.Contains(choices, x) {
			return false
		}
	}
	return true
}

// Surveys returns the answers kept, oldest first.
func (s *Store) Surveys() ([]SurveyAnswer, error) {
	var list []SurveyAnswer
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, keySurveys, &list) })
	return list, err
}

// keySurveyReminded is the quarter whose survey was last reminded.
const keySurveyReminded = "survey-reminded"

// RemindSurvey reports whether the quarterly survey is still to be
// reminded this quarter, and records that it now is: the list screen
// says it once a quarter on this laptop.
func (s *Store) RemindSurvey(now time.Time) (bool, error) {
	q := Quarter(now)
	due := false
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketSettings))
		if string(b.Get([]byte(keySurveyReminded))) == q {
			return nil
		}
		due = true
		return b.Put([]byte(keySurveyReminded), []byte(q))
	})
	return due, err
}

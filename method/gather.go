package method

import (
	"time"

	"tamis/store"
)

// Source is what the indicators are read from: the store, or a fake.
type Source interface {
	Events() ([]store.Event, error)
	TrainingRounds() ([]store.TrainingRound, error)
	Signatures() ([]store.Signature, error)
	CharterVersion() (int, error)
	TeamSize() (int, error)
	Minutes() (store.MinutesSaved, error)
}

// Gather reads src and computes the indicators of [from, to) (zero times:
// unbounded). The command line and the interface both use it, so they
// show the same figures.
func Gather(src Source, from, to time.Time) (Indicators, error) {
	in := Input{From: from, To: to}
	var err error
	if in.Events, err = src.Events(); err != nil {
		return Indicators{}, err
	}
	rounds, err := src.TrainingRounds()
	if err != nil {
		return Indicators{}, err
	}
	for _, r := range rounds {
		in.Rounds = append(in.Rounds, Round{Time: r.Time, Total: r.Total, Right: r.Right, Risky: r.Risky})
	}
	if err := gatherRegister(src, &in); err != nil {
		return Indicators{}, err
	}
	if in.TeamSize, err = src.TeamSize(); err != nil {
		return Indicators{}, err
	}
	m, err := src.Minutes()
	if err != nil {
		return Indicators{}, err
	}
	in.Minutes = Minutes{Default: m.Default, ByTemplate: m.ByTemplate}
	return Compute(in), nil
}

// gatherRegister counts the register's signatures by version: the
// register is the present state, not bounded by the window.
func gatherRegister(src Source, in *Input) error {
	sigs, err := src.Signatures()
	if err != nil {
		return err
	}
	current, err := src.CharterVersion()
	if err != nil {
		return err
	}
	for _, s := range sigs {
		if s.Version == current {
			in.SignedCurrent++
		} else {
			in.SignedOlder++
		}
	}
	return nil
}

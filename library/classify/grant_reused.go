package classify

import "tamis/library/classify/lexicon"

// An application reused under another name, without its refusal said
// (issue 7, section 4: « on recycle le projet « Jardins partagés » en
// « Nature en ville » pour le redéposer à la Région », « tu reprends le
// dossier de l'an dernier, tu changes le nom du projet et on renvoie »):
// two words of resubmitting (resubmit_words.txt), one of them a renaming
// (renaming_words.txt), and a funder or an application. The refused
// application sent again is strategy_margins.go's; a question about how
// to reuse an application (« Peut-on reprendre le nom d'un projet ? »)
// asks about a procedure.

// renamingWords tell a new name; nameChangeWords change the name or the
// title that follows them (data/words/renaming_words.txt,
// name_change_words.txt).
var (
	renamingWords   = lexicon.Words(lexicon.Data, "renaming_words")
	nameChangeWords = lexicon.Words(lexicon.Data, "name_change_words")
)

// applicationWords name the application itself (data/words/application_words.txt).
var applicationWords = lexicon.Words(lexicon.Data, "application_words")

// grantReused: the association (« on », « tu », "we") resubmits an
// application under a new name.
func (a *analysis) grantReused() bool {
	if !a.has(cResubmit) || a.howToQuestion() || a.asksHow() || a.addressesPublic() {
		return false
	}
	toks := a.s.Toks
	n, renamed, actor, application := 0, false, false, a.hasAny(cFunding, cFunderBodies)
	for i, t := range toks {
		if t.IsAny(cResubmit, cRenaming) {
			n++
		}
		renamed = renamed || t.Is(cRenaming) || a.nameChanged(i)
		actor = actor || t.Is(cWeSubjects) || t.Norm == "tu"
		application = application || t.Is(cApplication)
	}
	return n >= 2 && renamed && actor && application
}

// nameChanged: token i is a name or a title with a word of change within
// the two tokens before it (« changes les dates et le nom » reads « le »
// and « et »: the change word may stand three tokens back).
func (a *analysis) nameChanged(i int) bool {
	toks := a.s.Toks
	switch toks[i].Norm {
	case "nom", "titre", "name", "title", "intitule":
	default:
		return false
	}
	for k := max(0, i-5); k < i; k++ {
		if nameChangeWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

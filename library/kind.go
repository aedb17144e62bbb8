package library

import "strings"

// Kind is what a variable holds, declared in its VARIABLES line with
// "type : date". A value that does not fit its kind is refused before any
// classification: a date field cannot carry « Mme Dupont, diabétique ».
// The zero Kind is free text, which keeps the full check and nothing more.
type Kind string

// The kinds, spelled as Format writes them after "type :".
const (
	KindNone        Kind = ""
	KindShortText   Kind = "texte court"
	KindFreeText    Kind = "texte libre"
	KindDate        Kind = "date"
	KindTime        Kind = "heure"
	KindNumber      Kind = "nombre"
	KindDuration    Kind = "durée"
	KindChoice      Kind = "choix"
	KindPublicPlace Kind = "lieu public"
	KindURL         Kind = "lien"
	KindAssocEmail  Kind = "e-mail de l'association"
)

// Kinds lists every kind in the order the documentation gives them.
func Kinds() []Kind {
	return []Kind{KindShortText, KindFreeText, KindDate, KindTime, KindNumber, KindDuration,
		KindChoice, KindPublicPlace, KindURL, KindAssocEmail}
}

// kindNames maps a folded spelling (foldKind) to its kind: the French
// names with and without accents or hyphens, and English ones for a
// bilingual référent.
var kindNames = map[string]Kind{
	"texte court": KindShortText, "court": KindShortText, "short text": KindShortText, "short": KindShortText,
	"texte libre": KindFreeText, "libre": KindFreeText, "texte": KindFreeText, "free text": KindFreeText, "text": KindFreeText,
	"date":  KindDate,
	"heure": KindTime, "horaire": KindTime, "time": KindTime,
	"nombre": KindNumber, "number": KindNumber,
	"duree": KindDuration, "duration": KindDuration,
	"choix": KindChoice, "choice": KindChoice,
	"lieu public": KindPublicPlace, "lieu": KindPublicPlace, "public place": KindPublicPlace, "place": KindPublicPlace,
	"lien": KindURL, "lien (url)": KindURL, "url": KindURL, "adresse web": KindURL, "link": KindURL,
	"e-mail de l'association": KindAssocEmail, "email de l'association": KindAssocEmail,
	"courriel de l'association": KindAssocEmail, "e-mail association": KindAssocEmail,
	"association e-mail": KindAssocEmail, "association email": KindAssocEmail,
}

// ParseKind reads a kind as a référent writes it ("Date", "durée", "lien
// (URL)", "e-mail de l'association", "number"…); ok is false otherwise.
func ParseKind(s string) (Kind, bool) {
	k, ok := kindNames[foldKind(s)]
	return k, ok
}

// foldKind folds a kind name: Normalize, one space between words, the
// typographic apostrophe as a plain one.
func foldKind(s string) string {
	s = strings.ReplaceAll(collapseSpaces(s), "’", "'")
	return Normalize(s)
}

// multiline reports whether a value of kind k may span several lines.
func (k Kind) multiline() bool { return k == KindNone || k == KindFreeText }

// Free reports whether k puts no constraint on a value (no kind, or
// « texte libre »): such a value only goes through the classifier.
func (k Kind) Free() bool { return k == KindNone || k == KindFreeText }

// kindList joins the kinds for a message: « texte court, texte libre, … ».
func kindList() string {
	names := make([]string, len(Kinds()))
	for i, k := range Kinds() {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

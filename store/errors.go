package store

import "tamis/i18n"

// Error is a store failure a user can read. Its text is chosen when it is
// printed, so the language follows i18n even for package-level sentinels.
type Error struct{ fr, en string }

func (e *Error) Error() string { return i18n.T(e.fr, e.en) }

// Sentinel errors; test them with errors.Is, they are usually wrapped with
// the path of the file or the id of the template.
var (
	// ErrLocked: another tamis held the file for more than two seconds.
	ErrLocked = &Error{
		"base occupée par un autre tamis depuis plus de 2 secondes : réessayez dans un instant",
		"database busy with another tamis for more than 2 seconds: try again in a moment",
	}
	// ErrNotTamis: the file exists but is not a tamis database; it was left untouched.
	ErrNotTamis = &Error{
		"ce fichier n'est pas une base tamis ; il n'a pas été modifié (choisissez un autre fichier avec --db ou TAMIS_DB)",
		"this file is not a tamis database; it was left untouched (choose another file with --db or TAMIS_DB)",
	}
	// ErrCorrupt: the file looks like a tamis database but cannot be read,
	// or fails the consistency check; nothing is ever written to it.
	ErrCorrupt = &Error{
		"base tamis endommagée ; elle n'a pas été modifiée. « tamis verifier » récupère ce qui reste lisible, « tamis sauvegardes » liste les copies à restaurer",
		"damaged tamis database; it was left untouched. “tamis verifier” salvages what is still readable, “tamis sauvegardes” lists the copies to restore",
	}
	// ErrNewerSchema: the file was written by a newer tamis.
	ErrNewerSchema = &Error{
		"base créée par une version plus récente de tamis : mettez tamis à jour",
		"database written by a newer version of tamis: update tamis",
	}
	// ErrNotFound: no template with this id.
	ErrNotFound = &Error{"modèle introuvable", "template not found"}
	// ErrDuplicate: the same id twice in one import.
	ErrDuplicate = &Error{"identifiant en double dans l'import", "duplicate id in the import"}
	// ErrInvalid: a template the store refuses (bad id, status, size or UTF-8).
	ErrInvalid = &Error{"modèle invalide", "invalid template"}
)

// subjectError prefixes an error with what it is about (a path, an id),
// with the colon spacing of the current language.
type subjectError struct {
	subject string
	err     error
}

func (e *subjectError) Error() string {
	return e.subject + i18n.T(" : ", ": ") + e.err.Error()
}

func (e *subjectError) Unwrap() error { return e.err }

// about wraps err with its subject; nil stays nil.
func about(subject string, err error) error {
	if err == nil {
		return nil
	}
	return &subjectError{subject, err}
}

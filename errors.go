package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"tamis/i18n"
)

// errnoWords are the system errors a volunteer or a référent may meet, in
// their words. Go's own texts ("no space left on device") are English
// whatever the language of the user.
var errnoWords = map[syscall.Errno][2]string{
	syscall.ENOSPC:       {"plus de place sur le disque", "no space left on the disk"},
	syscall.EDQUOT:       {"quota de disque dépassé", "disk quota exceeded"},
	syscall.EROFS:        {"disque en lecture seule", "read-only file system"},
	syscall.EACCES:       {"permission refusée", "permission denied"},
	syscall.EPERM:        {"opération non permise", "operation not permitted"},
	syscall.ENOENT:       {"fichier ou dossier introuvable", "no such file or folder"},
	syscall.EISDIR:       {"c’est un dossier, pas un fichier", "it is a folder, not a file"},
	syscall.ENOTDIR:      {"un élément du chemin n’est pas un dossier", "a part of the path is not a folder"},
	syscall.EEXIST:       {"existe déjà", "already exists"},
	syscall.EIO:          {"erreur de lecture ou d’écriture du disque", "disk input/output error"},
	syscall.EFBIG:        {"fichier trop gros", "file too large"},
	syscall.ENAMETOOLONG: {"nom de fichier trop long", "file name too long"},
	syscall.ELOOP:        {"trop de liens symboliques", "too many symbolic links"},
	syscall.EMFILE:       {"trop de fichiers ouverts", "too many open files"},
	syscall.ENFILE:       {"trop de fichiers ouverts", "too many open files"},
	syscall.EPIPE:        {"la sortie a été fermée", "the output was closed"},
	syscall.EBADF:        {"flux fermé ou non disponible", "closed or unavailable stream"},
	syscall.ENXIO:        {"périphérique absent", "no such device"},
	syscall.ENODEV:       {"périphérique absent", "no such device"},
	syscall.EBUSY:        {"ressource occupée", "resource busy"},
	syscall.ETXTBSY:      {"fichier occupé", "file busy"},
	syscall.EXDEV:        {"déplacement impossible entre deux disques", "cannot move across disks"},
	syscall.EINVAL:       {"opération impossible sur ce fichier", "operation not possible on this file"},
}

// systemWords puts a system error in the user's words; ok is false when err
// holds no system error tamis knows.
func systemWords(err error) (string, bool) {
	var errno syscall.Errno
	switch {
	case errors.Is(err, bufio.ErrTooLong):
		return i18n.T("ligne trop longue", "line too long"), true
	case errors.Is(err, io.ErrShortWrite):
		return i18n.T("écriture incomplète", "short write"), true
	case errors.Is(err, os.ErrClosed):
		return i18n.T("flux déjà fermé", "stream already closed"), true
	case errors.As(err, &errno):
		if w, ok := errnoWords[errno]; ok {
			return i18n.T(w[0], w[1]), true
		}
		return fmt.Sprintf(i18n.T("erreur du système n° %d", "system error %d"), int(errno)), true
	case errors.Is(err, fs.ErrNotExist):
		return i18n.T("fichier ou dossier introuvable", "no such file or folder"), true
	case errors.Is(err, fs.ErrPermission):
		return i18n.T("permission refusée", "permission denied"), true
	}
	return "", false
}

// userMessage is the text of err as the user reads it: the English of the
// system errors wrapped anywhere inside ("open /x/tamis.db: permission
// denied", "bufio.Scanner: token too long") is replaced by their words, and
// the file they are about is quoted. It is the one place where Go's
// English error texts are translated; every error tamis prints goes
// through it (fail).
func userMessage(err error) string {
	msg := strings.TrimSpace(err.Error())
	inner := innermostSystemError(err)
	if inner == nil {
		return msg
	}
	return strings.Replace(msg, inner.Error(), describeSystemError(inner), 1)
}

// innermostSystemError finds, along err's chain, the outermost error that
// is a system one (path error, rename error, errno…), whose text is Go's.
func innermostSystemError(err error) error {
	for e := err; e != nil; e = errors.Unwrap(e) {
		switch e.(type) {
		case *fs.PathError, *os.LinkError, *os.SyscallError, syscall.Errno:
			return e
		}
		if e == bufio.ErrTooLong || e == io.ErrShortWrite || e == os.ErrClosed {
			return e
		}
	}
	return nil
}

// describeSystemError names the file a system error is about, then why.
func describeSystemError(err error) string {
	why, ok := systemWords(err)
	if !ok {
		return err.Error()
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe) && pe.Path != "":
		return fmt.Sprintf(i18n.T("« %s » : %s", "%q: %s"), pe.Path, why)
	case errors.As(err, &le):
		return fmt.Sprintf(i18n.T("« %s » vers « %s » : %s", "%q to %q: %s"), le.Old, le.New, why)
	}
	return why
}

// fsReason says in words why a file could not be read or written, without
// the Go path error's English prefix: the caller names the file.
func fsReason(err error) error {
	if why, ok := systemWords(err); ok {
		return errors.New(why)
	}
	return err
}

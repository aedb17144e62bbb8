package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/i18n"
)

// Automatic backups: before each write of the référent (profile, rules,
// import), tamis keeps a hot copy of the database (Tx.WriteTo, under the
// shared lock: volunteers keep working) in a folder beside it, and only the
// most recent BackupKeep copies. Each copy is a tamis database of its own.

// DefaultBackupKeep is how many copies are kept when the référent has not
// chosen: ten imports or edits back, a few kilobytes to a few megabytes each.
const DefaultBackupKeep = 10

// MaxBackupKeep bounds the setting: copies of a large library add up.
const MaxBackupKeep = 1000

// backupDirName is the folder of the copies, beside the database.
const backupDirName = "sauvegardes"

// backupTimeLayout names the copies; the names sort in time order.
const backupTimeLayout = "2006-01-02-150405"

// ErrBadBackupKeep: a number of copies out of range.
var ErrBadBackupKeep = &Error{
	fmt.Sprintf("nombre de sauvegardes attendu entre 1 et %d", MaxBackupKeep),
	fmt.Sprintf("number of backups expected between 1 and %d", MaxBackupKeep),
}

// ErrNoBackup: no copy of that name.
var ErrNoBackup = &Error{
	"sauvegarde introuvable (« tamis sauvegardes » les liste)",
	"backup not found (“tamis sauvegardes” lists them)",
}

// BackupInfo describes one copy.
type BackupInfo struct {
	Name string    // file name, to give to RestoreBackup
	Time time.Time // when it was made
	Size int64
}

// BackupDir is the folder of the copies of the database at path.
func BackupDir(path string) string {
	return filepath.Join(filepath.Dir(path), backupDirName)
}

// BackupKeep returns how many copies are kept.
func (s *Store) BackupKeep() (int, error) {
	v, err := s.setting(keyBackupKeep)
	if err != nil || v == "" {
		return DefaultBackupKeep, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > MaxBackupKeep {
		return DefaultBackupKeep, nil
	}
	return n, nil
}

// SetBackupKeep changes how many copies are kept; the extra ones go at the
// next backup.
func (s *Store) SetBackupKeep(n int) error {
	if n < 1 || n > MaxBackupKeep {
		return ErrBadBackupKeep
	}
	return s.setSetting(keyBackupKeep, strconv.Itoa(n))
}

// AutoBackup copies the database into the backup folder (0700, copies
// 0600) and removes the oldest copies beyond BackupKeep. A damaged file is
// not copied (ErrCorrupt): its copy would push a good one out of the set.
// It returns the name of the new copy.
func (s *Store) AutoBackup() (string, error) {
	if err := s.Check(); err != nil {
		return "", err
	}
	keep, err := s.BackupKeep()
	if err != nil {
		return "", err
	}
	name, err := s.backupInto(BackupDir(s.path), time.Now())
	if err != nil {
		return "", backupError(err)
	}
	return name, prune(s.path, keep, name)
}

func backupError(err error) error {
	return fmt.Errorf("%s%w", i18n.T("sauvegarde impossible, rien n'a été modifié : ", "backup failed, nothing was changed: "), err)
}

// backupInto writes a copy to a temporary file, syncs it and gives it its
// final name without ever replacing another file.
func (s *Store) backupInto(dir string, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", osError(err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return "", osError(err)
	}
	f, err := os.CreateTemp(dir, ".copie-*") // 0600
	if err != nil {
		return "", osError(err)
	}
	defer os.Remove(f.Name())
	_, err = s.Backup(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	return linkUnique(f.Name(), dir, backupPrefix(s.path)+now.Format(backupTimeLayout), ".db")
}

// linkUnique gives file the name base+ext in dir, or base-2+ext… when
// taken: a number above every copy of the same second, even one pruned
// since, so that names keep the order in which copies were made.
func linkUnique(file, dir, base, ext string) (string, error) {
	first := 1
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			if rest, ok := strings.CutPrefix(e.Name(), base); ok && rest != e.Name() {
				n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(rest, "-"), ext))
				first = max(first, n+1, 2)
			}
		}
	}
	for i := first; ; i++ {
		name := base + ext
		if i > 1 {
			name = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		err := os.Link(file, filepath.Join(dir, name))
		if err == nil {
			return name, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", osError(err)
		}
	}
}

// backupPrefix starts the names of the copies of one database, so that
// two databases in one folder keep separate sets.
func backupPrefix(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "-"
}

// Backups lists the copies of the database at path, newest first.
func Backups(path string) ([]BackupInfo, error) {
	entries, err := os.ReadDir(BackupDir(path))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, osError(err)
	}
	prefix := backupPrefix(path)
	var out []BackupInfo
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, BackupInfo{Name: name, Time: info.ModTime(), Size: info.Size()})
	}
	slices.SortFunc(out, func(a, b BackupInfo) int { return compareBackups(b.Name, a.Name, prefix) })
	return out, nil
}

// compareBackups orders copy names by time, then by the number added to
// copies made in the same second (name-2.db after name.db).
func compareBackups(a, b, prefix string) int {
	stamp := func(name string) (string, int) {
		rest := strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".db")
		if len(rest) < len(backupTimeLayout) {
			return rest, 0
		}
		n, _ := strconv.Atoi(strings.TrimPrefix(rest[len(backupTimeLayout):], "-"))
		return rest[:len(backupTimeLayout)], n
	}
	ta, na := stamp(a)
	tb, nb := stamp(b)
	if c := strings.Compare(ta, tb); c != 0 {
		return c
	}
	return na - nb
}

// staleTemp is the age after which a temporary copy is known to be left
// by a tamis that was killed while copying, and is removed.
const staleTemp = time.Hour

// prune removes the oldest copies beyond keep, never the one just made,
// and the temporary copies of killed processes.
func prune(path string, keep int, made string) error {
	dir := BackupDir(path)
	if temps, err := filepath.Glob(filepath.Join(dir, ".copie-*")); err == nil {
		for _, t := range temps {
			if info, err := os.Stat(t); err == nil && time.Since(info.ModTime()) > staleTemp {
				os.Remove(t)
			}
		}
	}
	list, err := Backups(path)
	if err != nil {
		return err
	}
	for i, b := range list {
		if i >= keep && b.Name != made {
			// Another tamis pruning at the same moment may have removed
			// it first: the set is as wanted either way.
			if err := os.Remove(filepath.Join(dir, b.Name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return osError(err)
			}
		}
	}
	return nil
}

// Restore replaces the database at path with the copy name. The copy must
// pass the check; the current file is first kept (a copy in the set when
// it is sound, renamed path.endommage-… beside it otherwise), so nothing is
// lost. The restored file is private (0600) and keeps the current
// référent passphrase (carryPassphrase). It returns where the current
// file was kept.
func Restore(path, name string) (kept string, err error) {
	if name != filepath.Base(name) || !strings.HasPrefix(name, backupPrefix(path)) || !strings.HasSuffix(name, ".db") {
		return "", about(name, ErrNoBackup)
	}
	src := filepath.Join(BackupDir(path), name)
	if _, err := os.Stat(src); err != nil {
		return "", about(name, ErrNoBackup)
	}
	if err := Verify(src); err != nil {
		return "", about(name, err)
	}
	tmp := path + ".restauration"
	os.Remove(tmp) // left by an interrupted restore: ours, incomplete
	if err := copyPrivate(src, tmp); err != nil {
		return "", err
	}
	defer os.Remove(tmp)
	if err := moveChangesPast(tmp, path); err != nil {
		return "", err
	}
	if err := carryPassphrase(tmp, path); err != nil {
		return "", err
	}
	if kept, err = keepCurrent(path); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, path); err != nil {
		return kept, osError(err)
	}
	return kept, nil
}

// moveChangesPast sets the change counter of the copy about to be restored
// past both its own and the current file's: an open TUI that read the
// current rules then sees a new value and reads them again, even when the
// copy's counter happens to equal the one it holds (the same number on
// another branch of the history).
func moveChangesPast(restored, current string) error {
	var cur uint64
	if _, err := os.Stat(current); err == nil {
		if v, err := (&Store{path: current, timeout: lockTimeout}).RulesVersion(); err == nil {
			cur = v
		}
	}
	return (&Store{path: restored, timeout: lockTimeout}).update(func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte(bucketMeta))
		next := max(cur, changesOf(meta)) + 1
		return meta.Put([]byte(keyChanges), binary.BigEndian.AppendUint64(nil, next))
	})
}

// keepCurrent saves the database before a restore replaces it.
func keepCurrent(path string) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	s := &Store{path: path, timeout: lockTimeout}
	err := Verify(path)
	if err == nil {
		name, err := s.backupInto(BackupDir(path), time.Now())
		if err != nil {
			return "", backupError(err)
		}
		return filepath.Join(BackupDir(path), name), nil
	}
	if errors.Is(err, ErrLocked) {
		return "", err
	}
	return keepAside(path, time.Now())
}

// copyPrivate copies a file to a new file of mode 0600, synced, and checks
// the copy.
func copyPrivate(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return osError(err)
	}
	defer in.Close()
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return osError(err)
	}
	_, err = io.Copy(f, in)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return osError(err)
	}
	return Verify(dst)
}

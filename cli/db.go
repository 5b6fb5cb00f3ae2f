package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

// archiveEnv names an archive file that replaces the default location (the
// desktop app reads it too).
const archiveEnv = "BRIEFDESK_ARCHIVE"

func init() {
	extraHelp = append(extraHelp, func() string {
		path, err := archivePath("")
		if err != nil {
			path = "(unknown: " + err.Error() + ")"
		}
		return fmt.Sprintf("\nArchive: %s\n  (the desktop app's archive; choose another with --db PATH or %s)", path, archiveEnv)
	})
}

// dbFlag declares the --db option of an archive command.
func dbFlag(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "db", "", "archive file `PATH` (default: $"+archiveEnv+", else the desktop app's archive; see briefdesk --help)")
}

// archivePath resolves the --db value: the flag, the environment, or the
// desktop app's default.
func archivePath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv(archiveEnv); env != "" {
		return env, nil
	}
	return archive.DefaultPath()
}

// openArchive opens the archive named by --db. Reading commands open it
// read-only and refuse a missing file instead of creating an empty one.
func openArchive(flagValue string, readOnly bool) (*archive.Archive, error) {
	path, err := archivePath(flagValue)
	if err != nil {
		return nil, err
	}
	a, err := archive.Open(path, archive.Options{ReadOnly: readOnly})
	if errors.Is(err, archive.ErrNoArchive) {
		return nil, fmt.Errorf("%w, or choose one with --db PATH", err)
	}
	return a, err
}

// withArchive opens the archive, runs f and closes it, reporting a close
// error only when f succeeded. A problem with the day's automatic backup
// (one that failed its check is kept aside as .bad) is told on standard
// error; it does not stop the command.
func withArchive(env Env, flagValue string, readOnly bool, f func(a *archive.Archive) error) (err error) {
	a, err := openArchive(flagValue, readOnly)
	if err != nil {
		return err
	}
	if _, berr := a.AutoBackupResult(); berr != nil {
		fmt.Fprintf(env.Stderr, "briefdesk: warning: %v\n", berr)
	}
	defer func() {
		if cerr := a.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	return f(a)
}

// oneID checks that a command got exactly one brief ID.
func oneID(args []string) (string, error) {
	if len(args) != 1 {
		return "", usagef("give one brief ID (see briefdesk list)")
	}
	return args[0], nil
}

package archive

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// AppID is the application ID the desktop app is created with; its storage
// folder holds the default archive.
const AppID = "io.github.briefdesk"

// FileName is the name of the archive file in the storage folder.
const FileName = "archive.db"

// DefaultPath returns the default archive file: archive.db in the storage
// folder Fyne gives the app ID io.github.briefdesk, so the desktop app and
// the command line share it:
//
//	Linux and BSD  $XDG_CONFIG_HOME/fyne/io.github.briefdesk/archive.db (~/.config/…)
//	macOS          ~/Library/Preferences/fyne/io.github.briefdesk/archive.db
//	Windows        %USERPROFILE%\AppData\Roaming\fyne\io.github.briefdesk\archive.db
func DefaultPath() (string, error) {
	root, err := configRoot(runtime.GOOS)
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "fyne", AppID, FileName), nil
}

// configRoot mirrors the folder rule of Fyne's desktop drivers.
func configRoot(goos string) (string, error) {
	switch goos {
	case "darwin", "windows":
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return "", errors.New("cannot find the home folder to keep the archive in; use --db PATH")
		}
		if goos == "darwin" {
			return filepath.Join(home, "Library", "Preferences"), nil
		}
		return filepath.Join(home, "AppData", "Roaming"), nil
	default:
		dir, err := os.UserConfigDir()
		if err != nil || dir == "" {
			return "", errors.New("cannot find the configuration folder to keep the archive in; use --db PATH")
		}
		return dir, nil
	}
}

// Package locale gives the process a locale the GUI toolkit can parse. It is
// imported by main for its side effect and imports nothing that reads the
// locale, so it runs before the toolkit's own start-up code does: POSIX
// locales such as "C" or "C.UTF-8" (common in containers and services) are
// replaced by en_US.UTF-8, which otherwise log an error on every start.
package locale

import (
	"os"
	"strings"
)

// variables the toolkit reads, in its order of precedence.
var variables = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

func init() { Fix() }

// Fix sets LANG to en_US.UTF-8 (and clears POSIX values of LC_ALL and
// LC_MESSAGES) when the locale is unset or a POSIX one; a real locale such
// as fr_FR.UTF-8 is left alone.
func Fix() {
	usable := false
	for _, v := range variables {
		value := os.Getenv(v)
		if value == "" {
			continue
		}
		if IsPOSIX(value) {
			os.Unsetenv(v)
			continue
		}
		usable = true
		break
	}
	if !usable {
		os.Setenv("LANG", "en_US.UTF-8")
	}
}

// IsPOSIX reports whether value names the POSIX locale ("C", "POSIX",
// "C.UTF-8" and the like), which carries no language.
func IsPOSIX(value string) bool {
	base, _, _ := strings.Cut(value, ".")
	return base == "C" || base == "POSIX"
}

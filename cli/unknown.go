package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/internal/editdist"
)

// StartsApp reports whether args (without the program name) start the
// desktop app rather than a command: no arguments, or a first argument
// that is an existing file or a web address to open and not a command.
// Anything else is run as a command, so a mistyped one is a usage error,
// not a file name.
func StartsApp(args []string) bool {
	if len(args) == 0 {
		return true
	}
	if IsCommand(args[0]) {
		return false
	}
	if strings.HasPrefix(args[0], "-psn_") || fetch.IsURL(args[0]) { // -psn_: macOS Finder's process serial number
		return true
	}
	info, err := os.Stat(args[0])
	return err == nil && !info.IsDir()
}

// unknownCommand is the message for a first argument that is neither a
// command nor a file, with the nearest command names as a suggestion.
func unknownCommand(name string) string {
	msg := fmt.Sprintf("briefdesk: unknown command %q", name)
	if strings.ContainsAny(name, `/\.`) {
		msg = fmt.Sprintf("briefdesk: %q is neither a command nor an existing file", name)
	}
	if near := nearCommands(name); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, " or ") + "?"
	}
	return msg + " Run 'briefdesk --help' for the list."
}

// nearCommands returns the command names within two edits of name.
func nearCommands(name string) []string {
	var out []string
	for c := range commands {
		if d := editdist.Distance(strings.ToLower(name), c); d <= 2 && d < len(c) {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

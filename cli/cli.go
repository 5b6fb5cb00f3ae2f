// Package cli is BriefDesk's command line: one file a subcommand, each
// registering itself in the command table. Run dispatches to it.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// Env is what a command reads and writes.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Stdio returns the process's standard streams.
func Stdio() Env { return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr} }

// Command is one subcommand.
type Command struct {
	Name    string // as typed: "draft"
	Args    string // argument synopsis: "[--json|--md] FILE|-"
	Summary string // one line for the command list
	Help    string // extra paragraphs for -h
	// Setup declares the command's flags; Run is called with the flags
	// parsed and the remaining arguments.
	Setup func(fs *flag.FlagSet)
	Run   func(env Env, args []string) error
}

var commands = map[string]*Command{}

// register adds a command to the table; each command file calls it from init.
func register(c *Command) { commands[c.Name] = c }

// UsageError marks an error in how a command was called (exit code 2).
type UsageError struct{ msg string }

func (e UsageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return UsageError{fmt.Sprintf(format, args...)} }

// IsCommand reports whether name is a subcommand (or a help flag), as
// opposed to a file to open in the GUI.
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok || name == "-h" || name == "--help" || name == "help" || name == "--version" || name == "version"
}

// Version is the program version, set by main.
var Version = "dev"

// Run runs the command line args (without the program name) and returns
// the exit code.
func Run(args []string, env Env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				c.flags(env.Stdout).Usage()
				return ExitOK
			}
		}
		usage(env.Stdout)
		return ExitOK
	}
	if args[0] == "--version" || args[0] == "version" {
		fmt.Fprintf(env.Stdout, "BriefDesk %s\n", Version)
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintln(env.Stderr, unknownCommand(args[0]))
		return ExitUsage
	}
	fs := c.flags(env.Stderr)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(env.Stdout)
			fs.Usage()
			return ExitOK
		}
		return ExitUsage // the flag package has printed the problem and usage
	}
	if err := c.Run(env, fs.Args()); err != nil {
		fmt.Fprintf(env.Stderr, "briefdesk %s: %v\n", c.Name, err)
		var ue UsageError
		if errors.As(err, &ue) {
			fmt.Fprintf(env.Stderr, "usage: briefdesk %s %s\n", c.Name, c.Args)
			return ExitUsage
		}
		return ExitFailure
	}
	return ExitOK
}

func (c *Command) flags(out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("briefdesk "+c.Name, flag.ContinueOnError)
	fs.SetOutput(out)
	if c.Setup != nil {
		c.Setup(fs)
	}
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: briefdesk %s %s\n\n%s\n", c.Name, c.Args, c.Summary)
		if c.Help != "" {
			fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Help))
		}
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// extraHelp lines are appended to the top-level help by other files (for
// example the default archive location).
var extraHelp []func() string

func usage(w io.Writer) {
	fmt.Fprintf(w, `BriefDesk %s drafts briefing notes from news articles.

usage:
  briefdesk                 start the desktop app
  briefdesk FILE|URL        start the desktop app with FILE or the web page at URL drafted
  briefdesk COMMAND [options] [arguments]

Commands:
`, Version)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(w, "\nRun 'briefdesk COMMAND -h' for a command's options.")
	for _, f := range extraHelp {
		fmt.Fprintln(w, f())
	}
}

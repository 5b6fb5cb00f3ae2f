package cli

import (
	"bytes"
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	register(&Command{
		Name:    "import-json",
		Args:    "[--db PATH] FILE|-",
		Summary: "Save the briefs of a JSON Lines FILE (as export-json writes) in the archive.",
		Help: `A brief whose ID is already in the archive updates it (as a new revision)
instead of being added twice. Every line is checked first: if one is bad,
nothing is imported.`,
		Setup: func(fs *flag.FlagSet) { dbFlag(fs, &db) },
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE, or - for standard input")
			}
			data, err := readInput(env, args[0])
			if err != nil {
				return err
			}
			return withArchive(env, db, false, func(a *archive.Archive) error {
				n, err := a.ImportJSONL(bytes.NewReader(data))
				if err != nil {
					return fmt.Errorf("%s: %w", displayName(args[0]), err)
				}
				fmt.Fprintf(env.Stdout, "imported %d briefs\n", n)
				return nil
			})
		},
	})
}

package cli

import (
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
instead of being added twice; a brief whose ID belongs to a different brief
(created at another time) is added under a new ID. The briefs are imported
in one transaction, read line by line (a file of any size): if a line is bad
or the disk fills up, nothing is imported.`,
		Setup: func(fs *flag.FlagSet) { dbFlag(fs, &db) },
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE, or - for standard input")
			}
			in, err := openInput(env, args[0])
			if err != nil {
				return err
			}
			defer in.Close()
			return withArchive(env, db, false, func(a *archive.Archive) error {
				n, err := a.ImportJSONL(in)
				if err != nil {
					return fmt.Errorf("%s: %w", displayName(args[0]), err)
				}
				fmt.Fprintf(env.Stdout, "imported %d briefs\n", n)
				return nil
			})
		},
	})
}

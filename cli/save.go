package cli

import (
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	register(&Command{
		Name:    "save",
		Args:    "[--db PATH] FILE.json|-",
		Summary: "Save a brief's JSON in the archive (a new brief, or a new revision of its ID).",
		Help: `A brief with an empty "id" is added with a new ID; a brief whose ID is in
the archive replaces it, keeping the old version as a revision. The ID is
printed. The brief is checked as briefdesk validate checks it first; an
invalid one is not saved.`,
		Setup: func(fs *flag.FlagSet) { dbFlag(fs, &db) },
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE.json, or - for standard input")
			}
			b, err := loadBrief(env, args[0])
			if err != nil {
				return err
			}
			if err := b.Validate(); err != nil {
				return fmt.Errorf("%s is not a valid brief, nothing was saved (see briefdesk validate):\n%w", displayName(args[0]), err)
			}
			return withArchive(env, db, false, func(a *archive.Archive) error {
				id, err := a.Save(b)
				if err != nil {
					return err
				}
				fmt.Fprintln(env.Stdout, id)
				return nil
			})
		},
	})
}

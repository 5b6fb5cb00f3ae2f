package cli

import (
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	var restore int
	register(&Command{
		Name:    "history",
		Args:    "[--db PATH] [--restore N] ID",
		Summary: "List the saved revisions of a brief, or make an old one current.",
		Help:    `Print a revision with: briefdesk show --rev N ID.`,
		Setup: func(fs *flag.FlagSet) {
			dbFlag(fs, &db)
			fs.IntVar(&restore, "restore", 0, "save revision `N` again as the newest")
		},
		Run: func(env Env, args []string) error {
			id, err := oneID(args)
			if err != nil {
				return err
			}
			if restore < 0 {
				return usagef("--restore must be a revision number")
			}
			return withArchive(env, db, restore == 0, func(a *archive.Archive) error {
				if restore > 0 {
					if err := a.RestoreRevision(id, restore); err != nil {
						return err
					}
					fmt.Fprintf(env.Stdout, "revision %d of %s is current again (saved as a new revision)\n", restore, id)
					return nil
				}
				revs, err := a.History(id)
				if err != nil {
					return err
				}
				for _, r := range revs {
					fmt.Fprintf(env.Stdout, "%4d  %s  %s\n", r.N, r.Saved, r.Title)
				}
				return nil
			})
		},
	})
}

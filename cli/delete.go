package cli

import (
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	var undo, empty bool
	register(&Command{
		Name:    "delete",
		Args:    "[--db PATH] ID | --undo ID | --empty-trash",
		Summary: "Move a brief to the trash (or take it back, or empty the trash).",
		Setup: func(fs *flag.FlagSet) {
			dbFlag(fs, &db)
			fs.BoolVar(&undo, "undo", false, "take the brief back out of the trash")
			fs.BoolVar(&empty, "empty-trash", false, "delete every brief in the trash for good")
		},
		Run: func(env Env, args []string) error {
			if empty {
				if undo || len(args) != 0 {
					return usagef("--empty-trash takes no ID and no --undo")
				}
				return withArchive(env, db, false, func(a *archive.Archive) error {
					n, err := a.EmptyTrash()
					if err == nil {
						fmt.Fprintf(env.Stdout, "deleted %d briefs from the trash for good\n", n)
					}
					return err
				})
			}
			id, err := oneID(args)
			if err != nil {
				return err
			}
			return withArchive(env, db, false, func(a *archive.Archive) error {
				if undo {
					if err := a.Undelete(id); err != nil {
						return err
					}
					fmt.Fprintf(env.Stdout, "took %s out of the trash\n", id)
					return nil
				}
				if err := a.Delete(id); err != nil {
					return err
				}
				fmt.Fprintf(env.Stdout, "moved %s to the trash (undo: briefdesk delete --undo %s)\n", id, id)
				return nil
			})
		},
	})
}

package cli

import (
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	register(&Command{
		Name:    "restore",
		Args:    "[--db PATH] FILE",
		Summary: "Replace the archive with a backup FILE; the current archive is kept aside.",
		Help: `The backup is checked before anything changes. Close BriefDesk first. The
replaced archive is renamed (archive.db.before-restore-…), never deleted.`,
		Setup: func(fs *flag.FlagSet) { dbFlag(fs, &db) },
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give the backup FILE to restore")
			}
			path, err := archivePath(db)
			if err != nil {
				return err
			}
			kept, err := archive.Restore(path, args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "restored %s from %s\n", path, args[0])
			if kept != "" {
				fmt.Fprintf(env.Stdout, "the previous archive is kept as %s\n", kept)
			}
			return nil
		},
	})
}

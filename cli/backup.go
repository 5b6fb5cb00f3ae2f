package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	register(&Command{
		Name:    "backup",
		Args:    "[--db PATH] FILE",
		Summary: "Copy the archive to a backup FILE (written whole, synced, mode 0600).",
		Help: `Automatic backups are also made beside the archive on the first use each day
(the last 7 are kept). Put a backup back with: briefdesk restore FILE.`,
		Setup: func(fs *flag.FlagSet) { dbFlag(fs, &db) },
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give the backup FILE to write")
			}
			return withArchive(env, db, true, func(a *archive.Archive) error {
				if err := a.Backup(args[0]); err != nil {
					return err
				}
				size := int64(0)
				if info, err := os.Stat(args[0]); err == nil {
					size = info.Size()
				}
				fmt.Fprintf(env.Stdout, "wrote %s (%d KB)\n", args[0], (size+1023)/1024)
				return nil
			})
		},
	})
}

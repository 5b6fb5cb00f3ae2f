package cli

import (
	"bytes"
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing/archive"
	"github.com/briefdesk/briefdesk/internal/atomicfile"
)

func init() {
	var db string
	register(&Command{
		Name:    "export-json",
		Args:    "[--db PATH] FILE|-",
		Summary: "Write every brief in the archive to FILE as JSON Lines (one brief a line).",
		Setup:   func(fs *flag.FlagSet) { dbFlag(fs, &db) },
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE, or - for standard output")
			}
			return withArchive(env, db, true, func(a *archive.Archive) error {
				if args[0] == "-" {
					_, err := a.ExportJSONL(env.Stdout)
					return err
				}
				var buf bytes.Buffer
				n, err := a.ExportJSONL(&buf)
				if err != nil {
					return err
				}
				if err := atomicfile.Write(args[0], buf.Bytes(), 0o600); err != nil {
					return err
				}
				fmt.Fprintf(env.Stdout, "wrote %d briefs to %s\n", n, args[0])
				return nil
			})
		},
	})
}

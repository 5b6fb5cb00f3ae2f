package cli

import (
	"flag"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	var asJSON, asMD bool
	var rev int
	register(&Command{
		Name:    "show",
		Args:    "[--db PATH] [--json|--md] [--rev N] ID",
		Summary: "Print a brief from the archive as JSON (the default) or Markdown.",
		Setup: func(fs *flag.FlagSet) {
			dbFlag(fs, &db)
			fs.BoolVar(&asJSON, "json", false, "print JSON (default)")
			fs.BoolVar(&asMD, "md", false, "print Markdown")
			fs.IntVar(&rev, "rev", 0, "print revision `N` instead of the current version (see briefdesk history)")
		},
		Run: func(env Env, args []string) error {
			id, err := oneID(args)
			if err != nil {
				return err
			}
			if asJSON && asMD {
				return usagef("choose --json or --md, not both")
			}
			if rev < 0 {
				return usagef("--rev must be a revision number from briefdesk history")
			}
			return withArchive(env, db, true, func(a *archive.Archive) error {
				var b *briefing.Brief
				if rev > 0 {
					b, err = a.Revision(id, rev)
				} else {
					b, err = a.Get(id)
				}
				if err != nil {
					return err
				}
				return writeBrief(env, b, asMD)
			})
		},
	})
}

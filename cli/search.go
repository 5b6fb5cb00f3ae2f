package cli

import (
	"flag"
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db string
	var limit int
	var asJSON bool
	register(&Command{
		Name:    "search",
		Args:    "[--db PATH] [--limit N] [--json] QUERY",
		Summary: "Search the archive; best matches first.",
		Help: `QUERY is words (all must match; case, accents and word endings are
ignored, and a word also finds longer words it begins), "quoted phrases",
tag:NAME, before:YYYY-MM-DD and after:YYYY-MM-DD. Several arguments are
joined into one query. Matches in titles and parties rank first.`,
		Setup: func(fs *flag.FlagSet) {
			dbFlag(fs, &db)
			fs.IntVar(&limit, "limit", 20, "show at most `N` results")
			fs.BoolVar(&asJSON, "json", false, "print JSON")
		},
		Run: func(env Env, args []string) error {
			query := strings.TrimSpace(strings.Join(args, " "))
			if query == "" {
				return usagef("give words to search for")
			}
			if limit <= 0 {
				return usagef("--limit must be at least 1")
			}
			return withArchive(env, db, true, func(a *archive.Archive) error {
				hits, err := a.Search(query, limit)
				if err != nil {
					return err
				}
				if asJSON {
					return printJSON(env.Stdout, hits)
				}
				for _, h := range hits {
					printSummary(env.Stdout, h.Summary)
					if h.Snippet != "" {
						fmt.Fprintf(env.Stdout, "    %s\n", h.Snippet)
					}
				}
				fmt.Fprintf(env.Stdout, "%d found\n", len(hits))
				return nil
			})
		},
	})
}

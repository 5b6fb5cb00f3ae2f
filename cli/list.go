package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/archive"
)

func init() {
	var db, tag string
	var limit, offset int
	var trash, asJSON bool
	register(&Command{
		Name:    "list",
		Args:    "[--db PATH] [--tag TAG] [--trash] [--limit N] [--offset N] [--json]",
		Summary: "List the briefs in the archive, newest first.",
		Setup: func(fs *flag.FlagSet) {
			dbFlag(fs, &db)
			fs.StringVar(&tag, "tag", "", "only briefs tagged `TAG`")
			fs.BoolVar(&trash, "trash", false, "list the trash instead")
			fs.IntVar(&limit, "limit", 50, "show at most `N` briefs (0: all)")
			fs.IntVar(&offset, "offset", 0, "skip the first `N` briefs")
			fs.BoolVar(&asJSON, "json", false, "print JSON")
		},
		Run: func(env Env, args []string) error {
			if len(args) != 0 {
				return usagef("list takes no arguments")
			}
			if limit < 0 || offset < 0 {
				return usagef("--limit and --offset must not be negative")
			}
			return withArchive(env, db, true, func(a *archive.Archive) error {
				opt := archive.ListOptions{Offset: offset, Limit: limit, Tag: tag, Trash: trash}
				list, err := a.List(opt)
				if err != nil {
					return err
				}
				if asJSON {
					return printJSON(env.Stdout, list)
				}
				total, err := a.Count(opt)
				if err != nil {
					return err
				}
				for _, s := range list {
					printSummary(env.Stdout, s)
				}
				fmt.Fprintf(env.Stdout, "%d of %d briefs\n", len(list), total)
				return nil
			})
		},
	})
}

// printSummary prints one line about a brief: ID, date, title and tags.
func printSummary(w io.Writer, s archive.Summary) {
	day := s.Published
	if day == "" && len(s.Created) >= 10 {
		day = s.Created[:10]
	}
	title := s.Title
	if title == "" {
		title = "(untitled)"
	}
	var tags string
	for _, t := range s.Tags {
		tags += " #" + strings.ReplaceAll(t, " ", "_")
	}
	fmt.Fprintf(w, "%s  %-10s  %s%s\n", s.ID, day, title, tags)
}

// printJSON prints v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

package cli

import (
	"flag"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
)

func init() {
	var asMD, asJSON bool
	var published, title, url string
	register(&Command{
		Name:    "draft",
		Args:    "[--json|--md] [--published YYYY-MM-DD] FILE|-",
		Summary: "Draft a brief from an article (FILE, or - for standard input) and print it.",
		Help: `Prints the brief as JSON (the default) or Markdown. Relative dates in the
article ("on Monday", "next month") resolve against --published (default today).`,
		Setup: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print JSON (default)")
			fs.BoolVar(&asMD, "md", false, "print Markdown")
			fs.StringVar(&published, "published", "", "publication date `YYYY-MM-DD` of the article")
			fs.StringVar(&title, "title", "", "title of the source")
			fs.StringVar(&url, "url", "", "URL of the source")
		},
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE, or - for standard input")
			}
			if asMD && asJSON {
				return usagef("choose --json or --md, not both")
			}
			day, err := parseDay("published", published)
			if err != nil {
				return err
			}
			data, err := readInput(env, args[0])
			if err != nil {
				return err
			}
			b, err := draft.Draft(string(data), draft.Options{Published: day, Title: title, URL: url})
			if err != nil {
				return err
			}
			return writeBrief(env, b, asMD)
		},
	})
}

// writeBrief prints a brief as JSON or Markdown.
func writeBrief(env Env, b *briefing.Brief, asMD bool) error {
	if asMD {
		_, err := env.Stdout.Write([]byte(b.Markdown()))
		return err
	}
	out, err := b.MarshalIndent()
	if err != nil {
		return err
	}
	_, err = env.Stdout.Write(out)
	return err
}

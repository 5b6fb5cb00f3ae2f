package cli

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/merge"
	"github.com/briefdesk/briefdesk/briefing/source"
)

func init() {
	var asMD, asJSON, save bool
	var published, title, url, db string
	var summaryWords int
	register(&Command{
		Name:    "draft",
		Args:    "[--json|--md|--save [--db PATH]] [--published YYYY-MM-DD] [--summary-words N] FILE|URL|- …",
		Summary: "Draft a brief from one or more articles (FILE, an http(s) URL, or - for standard input) and print it.",
		Help: `Prints the brief as JSON (the default) or Markdown. Given several
articles that report the same events, drafts each and merges the drafts
into one brief of several sources (A, B … in the order given): one party
per entity, one commitment record per commitment with the spans of every
source that reports it, figures and dates the sources give differently
kept side by side as disagreements. FILE is a .txt, .md,
.html, .eml or .docx file; standard input is read as plain text. A URL
(http:// or https://) is fetched — HTML, XHTML or plain text, at most 10 MB,
within 30 s — and the brief's source keeps the address and the time it was
fetched; the proxy is taken from HTTPS_PROXY/HTTP_PROXY. Relative
dates in the article ("on Monday", "next month") resolve against --published,
else the publication date found in the file, else today. --title and --url
likewise override what the file says. The summary states the bottom line
in two to four sentences of at most about --summary-words words (default
100; give more for a longer summary). With --save the brief is saved in the
archive instead of printed, and its ID is printed. --title and --url name
one article: give them with one FILE or URL only.`,
		Setup: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print JSON (default)")
			fs.BoolVar(&asMD, "md", false, "print Markdown")
			fs.StringVar(&published, "published", "", "publication date `YYYY-MM-DD` of the article")
			fs.StringVar(&title, "title", "", "title of the source")
			fs.StringVar(&url, "url", "", "URL of the source")
			fs.IntVar(&summaryWords, "summary-words", draft.DefaultSummaryWords, "the summary's length in `words`, at most")
			fs.BoolVar(&save, "save", false, "save the brief in the archive and print its ID")
			dbFlag(fs, &db)
		},
		Run: func(env Env, args []string) error {
			if len(args) == 0 {
				return usagef("give one FILE or URL, or - for standard input")
			}
			if len(args) > 1 && (title != "" || url != "") {
				return usagef("--title and --url name one article: give them with one FILE or URL only")
			}
			if i := slices.Index(args, "-"); i >= 0 && slices.Contains(args[i+1:], "-") {
				return usagef("standard input (-) can be read once only")
			}
			if asMD && asJSON || save && (asMD || asJSON) {
				return usagef("choose one of --json, --md and --save")
			}
			if summaryWords < 1 {
				return usagef("--summary-words must be a positive number of words")
			}
			day, err := parseDay("published", published)
			if err != nil {
				return err
			}
			arts := make([]merge.Article, len(args))
			size := 0
			for i, name := range args {
				src, err := readSource(env, name)
				if err != nil {
					return err
				}
				size += len(src.Text)
				arts[i] = merge.Article{Text: src.Text, Options: draft.Options{
					Published:    firstDay(day, src.Published),
					Title:        firstString(title, src.Title),
					URL:          firstString(url, src.URL),
					Author:       src.Author,
					Fetched:      src.Fetched,
					SummaryWords: summaryWords,
				}}
			}
			limitMemory(size)
			b, err := draftAll(arts)
			if err != nil {
				return err
			}
			if len(args) > 1 {
				nameSources(b, args)
			}
			if save {
				return withArchive(env, db, false, func(a *archive.Archive) error {
					id, err := a.Save(b)
					if err == nil {
						fmt.Fprintln(env.Stdout, id)
					}
					return err
				})
			}
			return writeBrief(env, b, asMD)
		},
	})
}

// draftAll drafts one article as it is, or several into one brief of
// several sources.
func draftAll(arts []merge.Article) (*briefing.Brief, error) {
	if len(arts) == 1 {
		return draft.Draft(arts[0].Text, arts[0].Options)
	}
	return merge.Draft(arts)
}

// nameSources gives each source of a brief drafted from files that has
// no title of its own the name of its file, so that the brief's list of
// sources tells them apart.
func nameSources(b *briefing.Brief, args []string) {
	for i, src := range b.AllSources() {
		if name := args[i]; src.Title == "" && name != "-" && !fetch.IsURL(name) {
			src.Title = filepath.Base(name)
		}
	}
}

// readSource fetches a web address, reads an article file by its type, or
// reads standard input ("-") exactly as given, so that the brief's offsets
// are offsets into the bytes the caller sent (invalid UTF-8 is repaired by
// the drafting engine).
func readSource(env Env, name string) (source.Source, error) {
	if fetch.IsURL(name) {
		return fetch.New().Article(context.Background(), name)
	}
	if name != "-" {
		return source.ReadFile(name)
	}
	data, err := readInput(env, name)
	if err != nil {
		return source.Source{}, err
	}
	return source.Source{Text: string(data)}, nil
}

// firstDay returns the flag's day, else the calendar day of the date found
// in the file (as written there, whatever its time zone), else zero.
func firstDay(flagDay, found time.Time) time.Time {
	if !flagDay.IsZero() || found.IsZero() {
		return flagDay
	}
	return time.Date(found.Year(), found.Month(), found.Day(), 0, 0, 0, 0, time.UTC)
}

func firstString(flagValue, found string) string {
	if flagValue != "" {
		return flagValue
	}
	return found
}

// writeBrief prints a brief as JSON or Markdown.
func writeBrief(env Env, b *briefing.Brief, asMD bool) error {
	f := export.JSON
	if asMD {
		f = export.Markdown
	}
	out, err := export.Render(b, f, export.Options{})
	if err != nil {
		return err
	}
	_, err = env.Stdout.Write(out)
	return err
}

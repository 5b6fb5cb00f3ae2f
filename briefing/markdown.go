package briefing

import (
	"fmt"
	"strings"
)

// Markdown renders the brief as Markdown: a title block, then one section
// each for summary, parties, commitments, background, disagreements (when
// the sources have any), dates and figures, and the numbered source
// sentences that the [S#] references (in a brief of several sources
// [B·S#]) point to, under a list of the sources.
func (b *Brief) Markdown() string {
	var w strings.Builder
	fmt.Fprintf(&w, "# %s\n\n", orDash(b.Title))
	if b.Marking != "" {
		fmt.Fprintf(&w, "**%s**\n\n", mdEscape(b.Marking))
	}
	meta := metaLines(nil, [][2]string{{"Author", b.Author}, {"Created", b.Created}})
	if len(b.Others) == 0 {
		meta = metaLines(meta, sourceMeta(&b.Source))
	} else {
		meta = metaLines(meta, [][2]string{{"Sources", b.SourceList()}})
	}
	if len(b.Tags) > 0 {
		meta = append(meta, "- Tags: "+mdEscape(strings.Join(b.Tags, ", ")))
	}
	if len(meta) > 0 {
		w.WriteString(strings.Join(meta, "\n") + "\n\n")
	}
	b.mdItems(&w, "Summary", b.Summary)
	w.WriteString("## Parties\n\n")
	if len(b.Parties) == 0 {
		w.WriteString("None found.\n\n")
	} else {
		w.WriteString("| Name | Kind | Role | Affiliation | Aliases | Ref |\n|---|---|---|---|---|---|\n")
		for _, p := range b.Parties {
			fmt.Fprintf(&w, "| %s | %s | %s | %s | %s | %s |\n", cell(p.Name), cell(p.Kind), cell(p.Role),
				cell(p.Affiliation), cell(strings.Join(p.Aliases, ", ")), b.Refs(p.Mentions))
		}
		w.WriteString("\n")
	}
	b.mdCommitments(&w)
	b.mdItems(&w, "Background", b.Background)
	b.mdDisagreements(&w)
	w.WriteString("## Key dates and figures\n\n")
	if len(b.Dates) == 0 && len(b.Figures) == 0 {
		w.WriteString("None found.\n\n")
	}
	for _, d := range b.Dates {
		fmt.Fprintf(&w, "- %s — %s %s\n", mdEscape(d.Value), mdEscape(d.Text), b.Refs(d.Spans))
	}
	for _, f := range b.Figures {
		unit := ""
		if f.Unit != "" {
			unit = " (" + mdEscape(f.Unit) + ")"
		}
		fmt.Fprintf(&w, "- %s%s %s\n", mdEscape(f.Text), unit, b.Refs(f.Spans))
	}
	if len(b.Dates)+len(b.Figures) > 0 {
		w.WriteString("\n")
	}
	b.mdSources(&w)
	return w.String()
}

// metaLines appends a "- Key: value" line for each pair with a value.
func metaLines(lines []string, kvs [][2]string) []string {
	for _, kv := range kvs {
		if kv[1] != "" {
			lines = append(lines, fmt.Sprintf("- %s: %s", kv[0], mdEscape(kv[1])))
		}
	}
	return lines
}

// sourceMeta is what the brief says of a source: title, URL, dates, byline.
func sourceMeta(src *Source) [][2]string {
	return [][2]string{{"Source", src.Title}, {"URL", src.URL}, {"Published", src.Published},
		{"Byline", src.Author}, {"Retrieved", src.Fetched}}
}

func (b *Brief) mdItems(w *strings.Builder, heading string, items []Item) {
	fmt.Fprintf(w, "## %s\n\n", heading)
	if len(items) == 0 {
		w.WriteString("None found.\n\n")
		return
	}
	for _, it := range items {
		when := ""
		if it.When != "" {
			when = it.When + ": "
		}
		note := ""
		if n := b.DisputeNote(it.Spans); n != "" {
			note = " (" + n + ")"
		}
		fmt.Fprintf(w, "- %s%s %s%s\n", when, mdEscape(oneLine(it.Text)), b.Refs(it.Spans), note)
	}
	w.WriteString("\n")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`, "]", `\]`)

func mdEscape(s string) string { return mdReplacer.Replace(s) }

func cell(s string) string { return strings.ReplaceAll(mdEscape(oneLine(s)), "|", `\|`) }

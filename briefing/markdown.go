package briefing

import (
	"fmt"
	"strings"
)

// Markdown renders the brief as Markdown: a title block, then one section
// each for summary, parties, commitments, background, dates and figures, and
// the numbered source sentences that the [S#] references point to.
func (b *Brief) Markdown() string {
	var w strings.Builder
	fmt.Fprintf(&w, "# %s\n\n", orDash(b.Title))
	if b.Marking != "" {
		fmt.Fprintf(&w, "**%s**\n\n", mdEscape(b.Marking))
	}
	meta := []string{}
	for _, kv := range [][2]string{{"Author", b.Author}, {"Created", b.Created}, {"Source", b.Source.Title},
		{"URL", b.Source.URL}, {"Published", b.Source.Published}, {"Byline", b.Source.Author},
		{"Retrieved", b.Source.Fetched}} {
		if kv[1] != "" {
			meta = append(meta, fmt.Sprintf("- %s: %s", kv[0], mdEscape(kv[1])))
		}
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
				cell(p.Affiliation), cell(strings.Join(p.Aliases, ", ")), b.refs(p.Mentions))
		}
		w.WriteString("\n")
	}
	w.WriteString("## Commitments\n\n")
	if len(b.Commitments) == 0 {
		w.WriteString("None found.\n\n")
	} else {
		w.WriteString("| Actors | Status | What | With | When | Deadline | Ref |\n|---|---|---|---|---|---|---|\n")
		for _, c := range b.Commitments {
			fmt.Fprintf(&w, "| %s | %s | %s | %s | %s | %s | %s |\n", cell(strings.Join(c.Actors, "; ")), cell(c.Status),
				cell(orDash(c.Action)), cell(strings.Join(c.Counterparties, "; ")), cell(c.When), cell(c.Deadline), b.refs(c.Spans))
		}
		w.WriteString("\n")
	}
	b.mdItems(&w, "Background", b.Background)
	w.WriteString("## Key dates and figures\n\n")
	if len(b.Dates) == 0 && len(b.Figures) == 0 {
		w.WriteString("None found.\n\n")
	}
	for _, d := range b.Dates {
		fmt.Fprintf(&w, "- %s — %s %s\n", mdEscape(d.Value), mdEscape(d.Text), b.refs(d.Spans))
	}
	for _, f := range b.Figures {
		unit := ""
		if f.Unit != "" {
			unit = " (" + mdEscape(f.Unit) + ")"
		}
		fmt.Fprintf(&w, "- %s%s %s\n", mdEscape(f.Text), unit, b.refs(f.Spans))
	}
	if len(b.Dates)+len(b.Figures) > 0 {
		w.WriteString("\n")
	}
	w.WriteString("## Source sentences\n\n")
	for i := range b.Source.Sentences {
		fmt.Fprintf(&w, "%d. %s\n", i+1, mdEscape(oneLine(b.Source.SentenceText(i+1))))
	}
	return w.String()
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
		fmt.Fprintf(w, "- %s%s %s\n", when, mdEscape(oneLine(it.Text)), b.refs(it.Spans))
	}
	w.WriteString("\n")
}

// Refs renders the sentence references of spans as "[S1, S4]" or, for
// three or more in a row, "[S2–S5]"; "" when none.
func (b *Brief) Refs(spans []Span) string { return b.refs(spans) }

func (b *Brief) refs(spans []Span) string { return FormatRefs(b.Source.SentenceRanges(spans)) }

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

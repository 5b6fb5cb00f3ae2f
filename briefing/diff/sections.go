package diff

import (
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Section is one part of a brief as text, one line an item, the way the
// read-only view and Compare show it.
type Section struct {
	Name string
	Text string
}

// Sections returns the brief's parts in the editor's order: the header,
// then summary, parties, commitments, background, key dates and figures,
// the sources' disagreements, and the sources.
func Sections(b *briefing.Brief) []Section {
	header := lines(
		"Title: "+b.Title, "Marking: "+b.Marking, "Author: "+b.Author,
		"Source date: "+b.Source.Published, "Tags: "+strings.Join(b.Tags, "; "))
	var summary, parties, commitments, background, keys []string
	for _, it := range b.Summary {
		summary = append(summary, item(b, it))
	}
	for _, p := range b.Parties {
		line := p.Name + " (" + p.Kind + ")" + join(", ", p.Role, p.Affiliation)
		if len(p.Aliases) > 0 {
			line += "; also " + strings.Join(p.Aliases, ", ")
		}
		parties = append(parties, withRef(b, line, p.Mentions))
	}
	for _, c := range b.Commitments {
		line := strings.Join(c.Actors, "; ") + " — " + c.Status + " — " + c.Action
		if len(c.Counterparties) > 0 {
			line += " — with " + strings.Join(c.Counterparties, "; ")
		}
		line += join(" — ", label("when", c.When), label("deadline", c.Deadline))
		commitments = append(commitments, withRef(b, line, c.Spans))
	}
	for _, it := range b.Background {
		background = append(background, item(b, it))
	}
	for _, d := range b.Dates {
		keys = append(keys, withRef(b, d.Value+" — "+d.Text, d.Spans))
	}
	for _, f := range b.Figures {
		keys = append(keys, withRef(b, f.Text+join(" ", paren(f.Unit)), f.Spans))
	}
	return []Section{{"Brief", header}, {"Summary", lines(summary...)}, {"Parties", lines(parties...)},
		{"Commitments", lines(commitments...)}, {"Background", lines(background...)},
		{"Key dates and figures", lines(keys...)}, {"Where the sources disagree", disagreements(b)},
		{"Sources", sources(b)}}
}

// disagreements is a line a disagreement: what it is about, then each
// value with its references.
func disagreements(b *briefing.Brief) string {
	var out []string
	for _, d := range b.Disagreements {
		claims := make([]string, len(d.Claims))
		for i, c := range d.Claims {
			claims[i] = withRef(b, c.Text, c.Spans)
		}
		out = append(out, d.About+" ("+d.Kind+"): "+strings.Join(claims, "; "))
	}
	return lines(out...)
}

// sources is a line a source: its ID, title, published date and address.
func sources(b *briefing.Brief) string {
	var out []string
	for _, src := range b.AllSources() {
		out = append(out, src.ID+join(" · ", src.Title, src.Published, src.URL))
	}
	return lines(out...)
}

// Compare is one section of two revisions compared word by word.
type Compare struct {
	Name string
	Ops  []Op
}

// Revisions compares old and new section by section.
func Revisions(old, new *briefing.Brief) []Compare {
	a, b := Sections(old), Sections(new)
	out := make([]Compare, len(a))
	for i := range a {
		out[i] = Compare{a[i].Name, Words(a[i].Text, b[i].Text)}
	}
	return out
}

func item(b *briefing.Brief, it briefing.Item) string {
	text := strings.Join(strings.Fields(it.Text), " ")
	if it.When != "" {
		text = it.When + ": " + text
	}
	return withRef(b, text, it.Spans)
}

func withRef(b *briefing.Brief, line string, spans []briefing.Span) string {
	if r := b.Refs(spans); r != "" {
		return line + " " + r
	}
	return line
}

// join joins the non-empty parts, each after sep.
func join(sep string, parts ...string) string {
	var s strings.Builder
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			s.WriteString(sep + p)
		}
	}
	return s.String()
}

func label(name, value string) string {
	if value == "" {
		return ""
	}
	return fmt.Sprintf("%s %s", name, value)
}

func paren(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func lines(ls ...string) string {
	if len(ls) == 0 {
		return "None."
	}
	return strings.Join(ls, "\n")
}

package docx

import (
	"strconv"
	"strings"

	"github.com/gomutex/godocx/docx"

	"github.com/briefdesk/briefdesk/briefing"
)

// titleBlock adds the title, then author, dates, the source (or, with
// several, the list of sources) and tags.
func (w writer) titleBlock() {
	b := w.b
	_, _ = w.doc.AddHeading(orDash(b.Title), 0)
	source := [][2]string{{"Source", b.Source.Title}, {"URL", b.Source.URL}, {"Published", b.Source.Published},
		{"Byline", b.Source.Author}, {"Retrieved", b.Source.Fetched}}
	if b.SourceCount() > 1 {
		source = [][2]string{{"Sources", b.SourceList()}}
	}
	rows := [][2]string{{"Marking", b.Marking}, {"Author", b.Author}, {"Created", b.Created}}
	rows = append(append(rows, source...), [2]string{"Tags", strings.Join(b.Tags, ", ")})
	for _, kv := range rows {
		if strings.TrimSpace(kv[1]) == "" {
			continue
		}
		p := w.doc.AddEmptyParagraph()
		p.AddText(kv[0] + ": ").Bold(true)
		p.AddText(oneLine(kv[1]))
	}
}

// heading adds a section heading.
func (w writer) heading(text string) { _, _ = w.doc.AddHeading(text, 1) }

// none says a section is empty.
func (w writer) none() { w.doc.AddParagraph("None found.") }

// items adds a section of bulleted items with their dates and references.
func (w writer) items(title string, items []briefing.Item) {
	w.heading(title)
	if len(items) == 0 {
		w.none()
		return
	}
	for _, it := range items {
		p := w.doc.AddEmptyParagraph()
		p.Style("ListBullet")
		if it.When != "" {
			p.AddText(it.When + ": ").Bold(true)
		}
		p.AddText(oneLine(it.Text))
		w.ref(p, it.Spans)
	}
}

// ref appends the [S#] references of spans to p, when there are any.
func (w writer) ref(p *docx.Paragraph, spans []briefing.Span) {
	if r := w.b.Refs(spans); r != "" {
		p.AddText(" " + r).Italic(true)
	}
}

// parties adds the parties table.
func (w writer) parties() {
	w.heading("Parties")
	rows := make([][]string, len(w.b.Parties))
	for i, p := range w.b.Parties {
		rows[i] = []string{p.Name, p.Kind, p.Role, p.Affiliation, strings.Join(p.Aliases, ", "), w.b.Refs(p.Mentions)}
	}
	w.table([]string{"Name", "Kind", "Role", "Affiliation", "Aliases", "Ref"}, rows)
}

// commitments adds the commitments table.
func (w writer) commitments() {
	w.heading("Commitments")
	rows := make([][]string, len(w.b.Commitments))
	for i, c := range w.b.Commitments {
		rows[i] = []string{strings.Join(c.Actors, "; "), c.Status, orDash(c.Action),
			strings.Join(c.Counterparties, "; "), c.When, c.Deadline, w.b.Refs(c.Spans)}
	}
	w.table([]string{"Actors", "Status", "What", "With", "When", "Deadline", "Ref"}, rows)
}

// datesAndFigures adds the key dates and key figures tables.
func (w writer) datesAndFigures() {
	w.heading("Key dates and figures")
	if len(w.b.Dates) == 0 && len(w.b.Figures) == 0 {
		w.none()
		return
	}
	if len(w.b.Dates) > 0 {
		rows := make([][]string, len(w.b.Dates))
		for i, d := range w.b.Dates {
			rows[i] = []string{d.Value, d.Text, w.b.Refs(d.Spans)}
		}
		w.table([]string{"Date", "As written", "Ref"}, rows)
	}
	if len(w.b.Figures) > 0 {
		rows := make([][]string, len(w.b.Figures))
		for i, f := range w.b.Figures {
			rows[i] = []string{f.Text, f.Unit, w.b.Refs(f.Spans)}
		}
		w.table([]string{"Figure", "Unit", "Ref"}, rows)
	}
}

// sources adds the numbered sentences of the source, which the [S#]
// references point to; with several sources, each under its ID, title,
// URL and published date (references [B·S#]).
func (w writer) sources() {
	if w.b.SourceCount() == 1 {
		w.heading("Source sentences")
		w.sentences(&w.b.Source)
		return
	}
	w.heading("Sources")
	for _, src := range w.b.AllSources() {
		_, _ = w.doc.AddHeading(src.ID+" — "+orDash(src.Title), 2)
		for _, kv := range [][2]string{{"URL", src.URL}, {"Published", src.Published}} {
			if strings.TrimSpace(kv[1]) != "" {
				p := w.doc.AddEmptyParagraph()
				p.AddText(kv[0] + ": ").Bold(true)
				p.AddText(oneLine(kv[1]))
			}
		}
		w.sentences(src)
	}
}

// sentences adds a source's sentences, each after its number.
func (w writer) sentences(src *briefing.Source) {
	for i := range src.Sentences {
		p := w.doc.AddEmptyParagraph()
		p.AddText("S" + strconv.Itoa(i+1) + "  ").Bold(true)
		p.AddText(oneLine(src.SentenceText(i + 1)))
	}
}

// table adds a grid with a bold header row, or "None found." without rows.
func (w writer) table(header []string, rows [][]string) {
	if len(rows) == 0 {
		w.none()
		return
	}
	t := w.doc.AddTable()
	t.Style("TableGrid")
	head := t.AddRow()
	for _, h := range header {
		head.AddCell().AddEmptyPara().AddText(h).Bold(true)
	}
	for _, r := range rows {
		row := t.AddRow()
		for _, c := range r {
			row.AddCell().AddParagraph(oneLine(c))
		}
	}
	w.doc.AddEmptyParagraph()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

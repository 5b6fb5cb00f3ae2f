package pdf

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// sentNumW is the width of the sentence-number column of the Sources section.
const sentNumW = 10

// sources reprints the sources with their sentence numbers, so that every
// reference in the brief can be checked: one source as it is; several
// after a table of them (ID, title, outlet or address, published date),
// each under its ID and title.
func (l *layout) sources(b *briefing.Brief) {
	l.heading(secSources)
	if b.SourceCount() == 1 {
		l.sourceID(&b.Source)
		l.sourceText(&b.Source, "The numbers [S1], [S2] … used in this brief refer to these sentences.")
		return
	}
	cols := []column{{"", 5}, {"Title", 45}, {"Outlet / URL", 34}, {"Published", 16}}
	var rows [][][]para
	for _, src := range b.AllSources() {
		rows = append(rows, [][]para{
			{{{text: src.ID, st: stCellBold}}},
			{{{text: src.Title, st: stCell}}},
			{{{text: src.URL, st: stCell}}},
			{{{text: humanDate(src.Published), st: stCell}}},
		})
	}
	l.table(cols, rows)
	for _, src := range b.AllSources() {
		l.space(3)
		title := strings.TrimSpace(src.Title)
		if title == "" {
			title = "Untitled"
		}
		l.subheading("Source " + src.ID + ": " + title)
		l.sourceID(src)
		l.sourceText(src, "["+src.ID+"·S1], ["+src.ID+"·S2] … refer to these sentences.")
	}
}

// sourceID places what identifies a source: its title (one source only
// has it here), publication and retrieval dates, and address.
func (l *layout) sourceID(src *briefing.Source) {
	var id para
	if t := strings.TrimSpace(src.Title); t != "" {
		id = append(id, span{text: t, st: stBodyBold})
	}
	if p := strings.TrimSpace(src.Published); p != "" {
		if len(id) > 0 {
			id = append(id, span{text: "—", st: stBody, sep: true})
		}
		id = append(id, span{text: "published " + humanDate(p), st: stBody, sep: len(id) > 0})
	}
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(src.Fetched)); err == nil {
		if len(id) > 0 {
			id = append(id, span{text: "—", st: stBody, sep: true})
		}
		id = append(id, span{text: "retrieved " + humanDate(t.UTC().Format("2006-01-02")), st: stBody, sep: len(id) > 0})
	}
	if len(id) > 0 {
		l.paragraph(id, 0)
	}
	if u := strings.TrimSpace(src.URL); u != "" {
		l.paragraph(para{{text: u, st: stURL}}, 0)
	}
}

// sourceText places a source's numbered sentences after a note saying
// what the numbers are; paragraph breaks of the source are kept as extra
// space. A source without sentences is placed as its paragraphs.
func (l *layout) sourceText(src *briefing.Source, note string) {
	if strings.TrimSpace(src.Text) == "" {
		l.none("No source text.")
		return
	}
	if len(src.Sentences) == 0 {
		for _, p := range strings.Split(src.Text, "\n\n") {
			l.space(1.5)
			l.paragraph(para{{text: p, st: stSentence}}, 0)
		}
		return
	}
	l.paragraph(para{{text: note, st: stNone}}, 0)
	l.space(1.5)
	prevEnd := 0
	for i := range src.Sentences {
		sp := src.Sentences[i]
		if i > 0 && sp.Start >= prevEnd && sp.Start <= len(src.Text) && strings.Count(src.Text[prevEnd:sp.Start], "\n") >= 2 {
			l.space(1.8)
		}
		prevEnd = max(prevEnd, min(sp.End, len(src.Text)))
		l.listItem(para{{text: "S" + strconv.Itoa(i+1), st: stSentNum}}, sentNumW,
			para{{text: src.SentenceText(i + 1), st: stSentence}})
	}
}

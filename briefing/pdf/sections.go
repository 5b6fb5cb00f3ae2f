package pdf

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Section titles, in order; each has an outline entry.
const (
	secSummary     = "Summary"
	secParties     = "Parties"
	secCommitments = "Commitments"
	secBackground  = "Background"
	secKeyFacts    = "Key dates and figures"
	secDisagree    = "Disagreements"
	secSources     = "Sources"
)

const noneFound = "None found."

// withRef is an item's text followed by its sentence reference.
func withRef(text string, st, refSt style, ref string) para {
	p := para{{text: text, st: st}}
	if ref != "" {
		p = append(p, span{text: ref, st: refSt, sep: true})
	}
	return p
}

// disputed adds to an item's paragraph, in bold, that the sources differ
// on a figure or date it rests on (see briefing.Brief.DisputeNote).
func disputed(b *briefing.Brief, spans []briefing.Span, p para) para {
	if note := b.DisputeNote(spans); note != "" {
		p = append(p, span{text: "(" + note + ")", st: stBodyBold, sep: true})
	}
	return p
}

func (l *layout) summary(b *briefing.Brief) {
	l.heading(secSummary)
	if len(b.Summary) == 0 {
		l.none(noneFound)
	}
	for _, it := range b.Summary {
		l.listItem(para{{text: "•", st: stBody}}, 5, disputed(b, it.Spans, withRef(it.Text, stBody, stRef, b.Refs(it.Spans))))
	}
}

func (l *layout) parties(b *briefing.Brief) {
	l.heading(secParties)
	if len(b.Parties) == 0 {
		l.none(noneFound)
		return
	}
	cols := []column{{"Name", 19}, {"Kind", 14}, {"Role", 18}, {"Affiliation", 16}, {"Aliases", 21}, {"Ref", 12}}
	rows := make([][][]para, len(b.Parties))
	for i, p := range b.Parties {
		rows[i] = [][]para{
			{{{text: p.Name, st: stCellBold}}},
			{{{text: p.Kind, st: stCell}}},
			{{{text: p.Role, st: stCell}}},
			{{{text: p.Affiliation, st: stCell}}},
			{{{text: strings.Join(p.Aliases, ", "), st: stCell}}},
			{{{text: b.Refs(p.Mentions), st: stCellRef}}},
		}
	}
	l.table(cols, rows)
}

func (l *layout) commitments(b *briefing.Brief) {
	l.heading(secCommitments)
	if len(b.Commitments) == 0 {
		l.none(noneFound)
		return
	}
	cols := []column{{"Actors", 21}, {"Status", 11}, {"What", 42}, {"When / deadline", 15}, {"Ref", 11}}
	multi := b.SourceCount() > 1
	if multi {
		cols = []column{{"Actors", 19}, {"Status", 10}, {"What", 36}, {"When / deadline", 14}, {"Sources", 10}, {"Ref", 13}}
	}
	rows := make([][][]para, len(b.Commitments))
	for i, c := range b.Commitments {
		what := c.Action
		if strings.TrimSpace(what) == "" {
			what = c.Text
		}
		whatCell := []para{{{text: what, st: stCell}}}
		if len(c.Counterparties) > 0 {
			whatCell = append(whatCell, para{{text: "with", st: stCellBold}, {text: strings.Join(c.Counterparties, "; "), st: stCell, sep: true}})
		}
		var when []para
		if c.When != "" {
			when = append(when, para{{text: humanDate(c.When), st: stCell}})
		}
		if c.Deadline != "" {
			when = append(when, para{{text: "by", st: stCellBold}, {text: humanDate(c.Deadline), st: stCell, sep: true}})
		}
		rows[i] = [][]para{
			{{{text: strings.Join(c.Actors, "; "), st: stCellBold}}},
			{{{text: c.Status, st: stCell}}},
			whatCell,
			when,
		}
		if multi {
			cell := []para{{{text: b.CorroborationText(c.Spans), st: stCell}}}
			if note := b.DisputeNote(c.Spans); note != "" {
				cell = append(cell, para{{text: note, st: stCellBold}})
			}
			rows[i] = append(rows[i], cell)
		}
		rows[i] = append(rows[i], []para{{{text: b.Refs(c.Spans), st: stCellRef}}})
	}
	l.table(cols, rows)
}

// dateLabelW is the width of the date column of dated lists.
const dateLabelW = 30

func (l *layout) background(b *briefing.Brief) {
	l.heading(secBackground)
	if len(b.Background) == 0 {
		l.none(noneFound)
	}
	for _, it := range b.Background {
		when := "—"
		if it.When != "" {
			when = humanDate(it.When)
		}
		l.listItem(para{{text: when, st: stBodyBold}}, dateLabelW, disputed(b, it.Spans, withRef(it.Text, stBody, stRef, b.Refs(it.Spans))))
	}
}

func (l *layout) keyFacts(b *briefing.Brief) {
	l.heading(secKeyFacts)
	if len(b.Dates) == 0 && len(b.Figures) == 0 {
		l.none(noneFound)
		return
	}
	if len(b.Dates) > 0 {
		l.subheading("Dates")
		for _, d := range b.Dates {
			l.listItem(para{{text: humanDate(d.Value), st: stBodyBold}}, dateLabelW,
				withRef(d.Text, stBody, stRef, b.Refs(d.Spans)))
		}
	}
	if len(b.Figures) > 0 {
		l.subheading("Figures")
		for _, f := range b.Figures {
			l.listItem(para{{text: f.Text, st: stBodyBold}}, dateLabelW,
				withRef(f.Unit, stBody, stRef, b.Refs(f.Spans)))
		}
	}
}

package briefing

import (
	"fmt"
	"strings"
)

// mdCommitments writes the commitments table; with several sources it has
// a Sources column saying how many report each ("2 of 3").
func (b *Brief) mdCommitments(w *strings.Builder) {
	w.WriteString("## Commitments\n\n")
	if len(b.Commitments) == 0 {
		w.WriteString("None found.\n\n")
		return
	}
	multi := len(b.Others) > 0
	if multi {
		w.WriteString("| Actors | Status | What | With | When | Deadline | Sources | Ref |\n|---|---|---|---|---|---|---|---|\n")
	} else {
		w.WriteString("| Actors | Status | What | With | When | Deadline | Ref |\n|---|---|---|---|---|---|---|\n")
	}
	for _, c := range b.Commitments {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |", cell(strings.Join(c.Actors, "; ")), cell(c.Status),
			cell(orDash(c.Action)), cell(strings.Join(c.Counterparties, "; ")), cell(c.When), cell(c.Deadline))
		if multi {
			fmt.Fprintf(w, " %s |", b.corroboration(c.Spans))
		}
		fmt.Fprintf(w, " %s |\n", b.Refs(c.Spans))
	}
	w.WriteString("\n")
}

// corroboration is CorroborationText with the DisputeNote, if any:
// "2 of 2 sources; sources differ on the date".
func (b *Brief) corroboration(spans []Span) string {
	if note := b.DisputeNote(spans); note != "" {
		return b.CorroborationText(spans) + "; " + note
	}
	return b.CorroborationText(spans)
}

// CorroborationText says how many of the brief's sources the spans point
// into: "2 of 3 sources" ("1 of 1 source" for a one-source brief).
func (b *Brief) CorroborationText(spans []Span) string {
	n, of := b.Corroboration(spans)
	unit := "sources"
	if of == 1 {
		unit = "source"
	}
	return fmt.Sprintf("%d of %d %s", n, of, unit)
}

// mdDisagreements writes the figures and dates the sources give
// differently, each claim with its references; nothing when there are none.
func (b *Brief) mdDisagreements(w *strings.Builder) {
	if len(b.Disagreements) == 0 {
		return
	}
	w.WriteString("## Disagreements\n\n")
	for _, d := range b.Disagreements {
		claims := make([]string, 0, len(d.Claims))
		for _, c := range d.Claims {
			claims = append(claims, fmt.Sprintf("%s %s", mdEscape(oneLine(c.Text)), b.Refs(c.Spans)))
		}
		fmt.Fprintf(w, "- %s (%s): %s\n", mdEscape(oneLine(orDash(d.About))), d.Kind, strings.Join(claims, " / "))
	}
	w.WriteString("\n")
}

// mdSources writes the numbered sentences of the source, or with several
// sources a Sources appendix: each source's ID, title, URL, published date
// and byline, then its numbered sentences.
func (b *Brief) mdSources(w *strings.Builder) {
	if len(b.Others) == 0 {
		w.WriteString("## Source sentences\n\n")
		mdSentences(w, &b.Source)
		return
	}
	w.WriteString("## Sources\n\n")
	for _, src := range b.AllSources() {
		fmt.Fprintf(w, "### %s — %s\n\n", src.ID, mdEscape(oneLine(orDash(src.Title))))
		if meta := metaLines(nil, sourceMeta(src)[1:]); len(meta) > 0 {
			w.WriteString(strings.Join(meta, "\n") + "\n\n")
		}
		mdSentences(w, src)
		w.WriteString("\n")
	}
}

// mdSentences writes the source's sentences as a numbered list.
func mdSentences(w *strings.Builder, src *Source) {
	for i := range src.Sentences {
		fmt.Fprintf(w, "%d. %s\n", i+1, mdEscape(oneLine(src.SentenceText(i+1))))
	}
}

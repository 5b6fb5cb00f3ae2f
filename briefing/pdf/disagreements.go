package pdf

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// disagreements lists the figures and dates the sources give differently:
// what they are about, then each value with the references of the sources
// that give it. Nothing is placed when there are none.
func (l *layout) disagreements(b *briefing.Brief) {
	if len(b.Disagreements) == 0 {
		return
	}
	l.heading(secDisagree)
	for _, d := range b.Disagreements {
		body := para{{text: strings.TrimSpace(d.About), st: stBodyBold}, {text: "(" + d.Kind + "):", st: stBody, sep: true}}
		for i, c := range d.Claims {
			text := c.Text
			if d.Kind == briefing.DisagreeDate && briefing.ValidDate(c.Value) {
				text = humanDate(c.Value)
			}
			if i > 0 {
				body = append(body, span{text: "/", st: stBody, sep: true})
			}
			body = append(body, span{text: text, st: stBody, sep: true}, span{text: b.Refs(c.Spans), st: stRef, sep: true})
		}
		l.listItem(para{{text: "•", st: stBody}}, 5, body)
	}
}

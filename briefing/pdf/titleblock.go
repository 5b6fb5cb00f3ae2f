package pdf

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// untitled is shown when a brief has no title.
const untitled = "Untitled brief"

// titleBlock places the title, a rule and the brief's particulars: date-time
// group and plain date, author, source title, URL and publication date (or,
// with several sources, their IDs and titles), tags.
func (l *layout) titleBlock(b *briefing.Brief) {
	l.paragraph(para{{text: titleOf(b), st: stTitle}}, 0)
	l.y += 1.5
	l.add(op{kind: opRule, x: l.geo.left, y: l.y, w: l.geo.width, h: 0.6, st: style{color: colNavy}})
	l.y += 3
	if t, ok := parseStamp(b.Created); ok {
		l.metaRow("Date", para{{text: dtg(t), st: stMeta}, {text: "(" + longDate(t) + ")", st: stMeta, sep: true}})
	}
	l.metaText("Author", b.Author)
	if b.SourceCount() > 1 {
		l.metaText("Sources", b.SourceList())
	} else {
		l.sourceMeta(&b.Source)
	}
	if len(b.Tags) > 0 {
		l.metaText("Tags", strings.Join(b.Tags, ", "))
	}
}

// sourceMeta places the one source's title, URL (a link) and publication date.
func (l *layout) sourceMeta(src *briefing.Source) {
	l.metaText("Source", src.Title)
	if u := strings.TrimSpace(src.URL); u != "" {
		top, page := l.y, len(l.pages)
		l.metaRow("URL", para{{text: u, st: stURL}})
		if page == len(l.pages) {
			l.add(op{kind: opLink, x: l.geo.left + metaLabelW, y: top, w: l.geo.width - metaLabelW, h: l.y - top, text: u})
		}
	}
	if p := strings.TrimSpace(src.Published); p != "" {
		l.metaText("Published", humanDate(p))
	}
}

// metaLabelW is the width of the label column of the title block.
const metaLabelW = 24

func (l *layout) metaText(label, value string) {
	if strings.TrimSpace(value) != "" {
		l.metaRow(label, para{{text: value, st: stMeta}})
	}
}

func (l *layout) metaRow(label string, value para) {
	l.listItem(para{{text: label, st: stMetaKey}}, metaLabelW, value)
}

// titleOf is the brief's title, or a placeholder when it has none.
func titleOf(b *briefing.Brief) string {
	if t := strings.TrimSpace(b.Title); t != "" {
		return t
	}
	return untitled
}

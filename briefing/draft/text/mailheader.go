package text

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// A pasted e-mail or an office memo opens with a header of labelled lines
// ("From: Nadia Hale, Chief Executive", "To: All colleagues", "Date: …",
// "Subject: A simpler Brightwell"): who writes, to whom, when and about
// what. The header is no prose of the message; its subject line is the
// message's own title and its sender the "I" of the text.

// HeaderField is one labelled line of a message's header.
type HeaderField struct {
	Label string        // lower-cased: "from", "to", "cc", "date", "subject", …
	Line  briefing.Span // the whole line
	Value briefing.Span // what follows the label and its colon
}

// mailFieldRe matches a line of a message header: a field's label, a colon
// and a value.
var mailFieldRe = regexp.MustCompile(`(?i)^[ \t]*(from|to|cc|bcc|date|sent|subject|re|memo to|attention|attn|reply-to)[ \t]*:[ \t]*(\S.*?)[ \t\r]*$`)

// memoHeadings may head a memo above its labelled lines.
var memoHeadings = SetOf("memo", "memorandum", "internal memo", "internal memorandum", "e-mail", "email", "message",
	"confidential", "original message", "-----original message-----", "forwarded message", "---------- forwarded message ---------")

// MailHeader returns the fields of the header a text opens with: the run of
// labelled lines at its start, blank lines and a heading such as "MEMO"
// allowed before and between them, when it holds at least two fields and
// names a sender or an addressee. nil when the text opens otherwise.
func MailHeader(src string) []HeaderField {
	var fields []HeaderField
	sender := false
	for at, headed := 0, false; at < len(src); {
		end := strings.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		line := src[at : at+end]
		m := mailFieldRe.FindStringSubmatchIndex(line)
		switch {
		case m != nil:
			label := strings.ToLower(line[m[2]:m[3]])
			sender = sender || label == "from" || label == "to" || label == "memo to"
			fields = append(fields, HeaderField{Label: label,
				Line:  briefing.Span{Start: at, End: at + len(strings.TrimRight(line, " \t\r"))},
				Value: briefing.Span{Start: at + m[4], End: at + m[5]}})
		case strings.TrimSpace(line) == "":
		case len(fields) == 0 && !headed && memoHeadings[strings.ToLower(strings.Trim(strings.TrimSpace(line), "*_:"))]:
			headed = true
		default:
			at = len(src)
			continue
		}
		at += end + 1
	}
	if len(fields) < 2 || !sender {
		return nil
	}
	return fields
}

// HeaderValue returns the value of the first of a message header's fields
// that has one of labels, in the order the header gives them.
func HeaderValue(src string, labels ...string) (briefing.Span, bool) {
	for _, f := range MailHeader(src) {
		for _, l := range labels {
			if f.Label == l {
				return f.Value, true
			}
		}
	}
	return briefing.Span{}, false
}

// replyPrefixRe matches the marks a mail client puts before a subject:
// "Re:", "Fwd:", "FW:".
var replyPrefixRe = regexp.MustCompile(`(?i)^(?:(?:re|fwd?|aw|tr)\s*:\s*)+`)

// MailSubject returns the subject of a message header without the reply
// and forward marks before it: the message's own title.
func MailSubject(src string) (briefing.Span, bool) {
	sp, ok := HeaderValue(src, "subject", "re")
	if !ok {
		return sp, false
	}
	sp.Start += len(replyPrefixRe.FindString(src[sp.Start:sp.End]))
	return sp, sp.End > sp.Start
}

// markMailHeader marks the sentences that lie inside the lines of the
// header a text opens with (see MailHeader) as furniture.
func markMailHeader(text string, spans []briefing.Span, kinds []FurnitureKind) {
	fields := MailHeader(text)
	if len(fields) == 0 {
		return
	}
	end := fields[len(fields)-1].Line.End
	for i, sp := range spans {
		if sp.Start >= end {
			return
		}
		for _, f := range fields {
			if f.Line.Start <= sp.Start && sp.End <= f.Line.End {
				kinds[i] = furnHeader
			}
		}
	}
}

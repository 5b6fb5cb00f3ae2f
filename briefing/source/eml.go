package source

import (
	"bytes"
	"errors"
	"mime"
	"net/mail"
	"regexp"
	"strings"
)

// replyPrefix matches the "Re:" and "Fwd:" marks a mail client adds to a
// subject.
var replyPrefix = regexp.MustCompile(`(?i)^\s*((re|fw|fwd|aw|wg|tr)\s*:\s*)+`)

// readEmail reads a saved e-mail: the subject as title, the Date header as
// publication date, and the text/plain part or else the HTML part.
func readEmail(data []byte) (Source, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return Source{}, errors.New("it is not a valid e-mail message (the headers cannot be read)")
	}
	var body mailBody
	if err := body.collect(msg.Header, msg.Body, 0); err != nil {
		return Source{}, err
	}
	s := Source{Title: decodeSubject(msg.Header.Get("Subject"))}
	if date, err := msg.Header.Date(); err == nil {
		s.Published = plausible(date)
	}
	switch {
	case body.plain != nil:
		s.Text = unflow(decodeCharset(body.plain.charset, body.plain.data), body.plain.flowed, body.plain.delSp)
	case body.html != nil:
		page, err := readHTMLAs(body.html.data, mime.FormatMediaType("text/html", map[string]string{"charset": body.html.charset}))
		if err != nil {
			return Source{}, err
		}
		s.Text, s.URL = page.Text, page.URL
		s.Title = firstNonEmpty(s.Title, page.Title)
		if s.Published.IsZero() {
			s.Published = page.Published
		}
	default:
		return Source{}, errors.New("the message has no text to read (no text/plain or text/html part)")
	}
	return s, nil
}

// decodeSubject decodes MIME encoded-words ("=?utf-8?q?…?=") and drops
// reply and forward marks.
func decodeSubject(s string) string {
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	if d, err := dec.DecodeHeader(s); err == nil {
		s = d
	}
	return replyPrefix.ReplaceAllString(s, "")
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676): a
// line ending in a space continues on the next line.
func unflow(text string, flowed, delSp bool) string {
	if !flowed {
		return text
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var b strings.Builder
	for i, line := range lines {
		if line != "-- " {
			line = strings.TrimPrefix(line, " ") // space-stuffing
		}
		soft := strings.HasSuffix(line, " ") && line != "-- " && i < len(lines)-1
		if soft && delSp {
			line = strings.TrimSuffix(line, " ")
		}
		b.WriteString(line)
		if !soft && i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

package source

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"strings"
)

// Limits on the structure of a message, against hostile files.
const (
	maxMailDepth = 8   // nesting of multipart parts
	maxMailParts = 256 // parts in one message
)

// header is what the message and its parts have in common.
type header interface{ Get(key string) string }

// textPart is a decoded text part of a message.
type textPart struct {
	data          []byte // after transfer decoding, still in its charset
	charset       string
	flowed, delSp bool
}

// mailBody holds the first text/plain and text/html parts of a message.
type mailBody struct {
	plain, html *textPart
	parts       int
}

// collect walks a message or part, keeping the first text/plain and
// text/html parts that are not attachments.
func (b *mailBody) collect(h header, body io.Reader, depth int) error {
	b.parts++
	if depth > maxMailDepth {
		return errors.New("the message's parts are nested too deeply")
	}
	if b.parts > maxMailParts {
		return errors.New("the message has too many parts")
	}
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	if disp, _, _ := mime.ParseMediaType(h.Get("Content-Disposition")); disp == "attachment" {
		return nil
	}
	switch {
	case strings.HasPrefix(mediaType, "multipart/"):
		return b.collectMultipart(body, params["boundary"], depth)
	case mediaType == "text/plain" && b.plain == nil:
		b.plain = readPart(h, body, params)
	case mediaType == "text/html" && b.html == nil:
		b.html = readPart(h, body, params)
	}
	return nil
}

func (b *mailBody) collectMultipart(body io.Reader, boundary string, depth int) error {
	if boundary == "" {
		return errors.New("a multipart section of the message has no boundary")
	}
	mr := multipart.NewReader(body, boundary)
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF || (err != nil && (b.plain != nil || b.html != nil)) {
			return nil // a damaged tail after the text is tolerated
		}
		if err != nil {
			return errors.New("the parts of the message cannot be read")
		}
		if err := b.collect(p.Header, p, depth+1); err != nil {
			return err
		}
	}
}

// readPart reads a text part and undoes its transfer encoding; what cannot
// be decoded is kept as it stands.
func readPart(h header, body io.Reader, params map[string]string) *textPart {
	raw, _ := io.ReadAll(io.LimitReader(body, MaxFileBytes))
	data := raw
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		data = decodeQuotedPrintable(raw)
	case "base64":
		// the decoder skips line breaks; a damaged tail keeps what came before
		out, _ := io.ReadAll(base64.NewDecoder(base64.StdEncoding, bytes.NewReader(raw)))
		if len(out) > 0 {
			data = out
		}
	}
	return &textPart{
		data:    data,
		charset: params["charset"],
		flowed:  strings.EqualFold(params["format"], "flowed"),
		delSp:   strings.EqualFold(params["delsp"], "yes"),
	}
}

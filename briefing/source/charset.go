package source

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// decodeCharset decodes data in the named character set (a MIME or HTML
// label such as "iso-8859-1" or "utf-8"). An empty or unknown label falls
// back to plain-text detection.
func decodeCharset(label string, data []byte) string {
	enc := lookupCharset(label)
	if enc == nil {
		return decodeText(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return decodeText(data)
	}
	return string(out)
}

// lookupCharset returns the encoding for a label, or nil when the label is
// empty, unknown or names UTF-8 (left to plain-text detection, which also
// copes with mislabelled files).
func lookupCharset(label string) encoding.Encoding {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" {
		return nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil || enc == encoding.Nop {
		return nil
	}
	if name, _ := htmlindex.Name(enc); name == "utf-8" {
		return nil
	}
	return enc
}

// charsetReader converts a reader in the named character set to UTF-8, for
// mime.WordDecoder and xml.Decoder.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	if strings.EqualFold(strings.TrimSpace(label), "utf-8") {
		return input, nil
	}
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return nil, fmt.Errorf("unknown character set %q", label)
	}
	return enc.NewDecoder().Reader(input), nil
}

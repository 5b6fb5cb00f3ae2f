package source

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText decodes plain text by its byte-order mark, else as UTF-8 when
// most of its non-ASCII bytes form valid UTF-8 (each run of bad bytes then
// becomes U+FFFD), else as Windows-1252 (the usual encoding of older
// Windows files).
func decodeText(data []byte) string {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return strings.ToValidUTF8(string(data[len(bomUTF8):]), "\uFFFD")
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeUTF16(data, xunicode.LittleEndian)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeUTF16(data, xunicode.BigEndian)
	case mostlyUTF8(data):
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil { // Windows-1252 maps every byte; kept for safety
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(out)
}

// mostlyUTF8 reports whether data is UTF-8 with at most a few bad bytes:
// it has more valid multi-byte characters than runs of bytes that are not
// UTF-8. Windows-1252 text has its accented letters and quotes as high
// bytes that are never valid UTF-8, and only rarely a valid pair by chance.
func mostlyUTF8(data []byte) bool {
	valid, badRuns := 0, 0
	inBad := false
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i, inBad = i+1, false
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r != utf8.RuneError || n > 1:
			valid, inBad = valid+1, false
		case !inBad:
			badRuns, inBad = badRuns+1, true
		}
		i += n
	}
	return valid > badRuns || badRuns == 0
}

// binarySample is how much of a file looksBinary reads.
const binarySample = 64 << 10

// looksBinary reports whether data, outside a UTF-16 file, has more than
// 1 % control bytes other than tab, line ends, form feed and escape in its
// first 64 KB: text has almost none, other data many.
func looksBinary(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return false
	}
	sample := data[:min(len(data), binarySample)]
	controls := 0
	for _, c := range sample {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			controls++
		}
	}
	return controls*100 > len(sample)
}

func decodeUTF16(data []byte, order xunicode.Endianness) string {
	if len(data)%2 == 1 {
		data = data[:len(data)-1] // a dangling half character
	}
	out, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return ""
	}
	return string(out)
}

// clean makes text safe to draft from: valid UTF-8, "\n" line ends, no
// control characters other than tab and newline, no stray byte-order marks,
// and no blank lines at either end.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n' || r == '\t':
			return r
		case r == '\uFEFF' || unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return strings.Trim(s, "\n \t")
}

// cleanLine makes a one-line field (title, URL): clean text with every run
// of white space turned into one space.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

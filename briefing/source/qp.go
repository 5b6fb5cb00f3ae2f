package source

import (
	"bytes"
	"encoding/hex"
)

// decodeQuotedPrintable undoes quoted-printable encoding (RFC 2045) the
// way mail clients do: "=XX" is a byte, "=" at the end of a line (before
// optional spaces) joins it to the next, and anything malformed is kept as
// it stands rather than cutting the text short.
func decodeQuotedPrintable(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		if i+2 < len(data) {
			var b [1]byte
			if _, err := hex.Decode(b[:], data[i+1:i+3]); err == nil {
				out = append(out, b[0])
				i += 2
				continue
			}
		}
		if end := softBreakEnd(data[i+1:]); end >= 0 {
			i += end
			continue
		}
		out = append(out, c)
	}
	return out
}

// softBreakEnd returns how many bytes after a "=" form a soft line break
// (spaces or tabs, then "\r\n", "\n" or "\r\r\n"), or -1.
func softBreakEnd(rest []byte) int {
	n := len(rest) - len(bytes.TrimLeft(rest, " \t"))
	for _, eol := range []string{"\r\r\n", "\r\n", "\n"} {
		if bytes.HasPrefix(rest[n:], []byte(eol)) {
			return n + len(eol)
		}
	}
	if n == len(rest) {
		return n // "=" at the very end
	}
	return -1
}

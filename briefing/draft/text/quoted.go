package text

import "strings"

// QuotedBefore reports whether the words at bytes start..end of src stand
// inside a quotation, opened after byte from, that closes before byte at:
// "“We will take this to the High Court,” said its chair" speaks of a
// court, and "its" is the speaker's body.
func QuotedBefore(src string, from, start, end, at int) bool {
	before, after := src[from:start], src[end:max(at, end)]
	open := strings.Count(before, "\"")%2 == 1 || strings.LastIndex(before, "“") > strings.LastIndex(before, "”")
	return open && strings.ContainsAny(after, "\"”")
}

package text

import "regexp"

// openingLineRe matches the line alone that opens the operative text of a
// resolution or a declaration with the body that adopts it: "The Security
// Council,", "The General Assembly,".
var openingLineRe = regexp.MustCompile(`(?m)^[ \t]*The [\p{Lu}][^,\n]{2,80},[ \t]*$`)

// OpeningLines returns the byte ranges of the lines that open a
// resolution's text with the body that adopts it (see openingLineRe), at
// most two.
func OpeningLines(src string) [][]int {
	return openingLineRe.FindAllStringIndex(src, 2)
}

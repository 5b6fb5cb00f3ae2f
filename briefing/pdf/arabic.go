package pdf

import "strings"

// Arabic shaping: a letter takes one of four presentation forms (isolated,
// final, initial, medial) depending on whether it joins the letters on each
// side. The forms of the basic Arabic letters U+0621–U+064A sit in the
// Presentation Forms-B block in letter order, so the table is built
// rather than written out.

// joining is how an Arabic letter joins its neighbours.
type joining uint8

const (
	joinNone  joining = iota // not an Arabic letter: breaks joining
	joinRight                // joins the letter before it only (alef, dal, reh, waw …)
	joinDual                 // joins on both sides
	joinCause                // tatweel: joins on both sides, has no forms
	joinTrans                // a vowel mark: transparent to joining
)

// arabicForms maps a letter to its isolated form; final, initial and
// medial follow it for the forms the letter has.
var arabicForms = map[rune]rune{}

// arabicJoin holds each letter's joining type.
var arabicJoin = map[rune]joining{}

func init() {
	// letters U+0621–U+064A in order with their number of forms; 0 marks
	// code points without presentation forms here. Alef maksura (U+0649)
	// has only isolated and final forms in the block and is treated as
	// joining on the right only.
	counts := []int{1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4,
		0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 4, 2, 2, 4}
	form := rune(0xFE80)
	for i, n := range counts {
		r := rune(0x0621 + i)
		switch n {
		case 0:
			continue
		case 1:
			arabicJoin[r] = joinNone
		case 2:
			arabicJoin[r] = joinRight
		case 4:
			arabicJoin[r] = joinDual
		}
		arabicForms[r] = form
		form += rune(n)
	}
	arabicJoin[0x0640] = joinCause
	for r := rune(0x064B); r <= 0x065F; r++ {
		arabicJoin[r] = joinTrans
	}
	arabicJoin[0x0670] = joinTrans
}

// lamAlef maps an alef that follows lam to the isolated lam-alef ligature
// (the final form follows it).
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const lam = 0x0644

// shapeArabic replaces Arabic letters by their contextual presentation
// forms and lam-alef by its ligature. Other text is returned unchanged.
func shapeArabic(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x0621 && r <= 0x064A }) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		iso, ok := arabicForms[r]
		if !ok {
			b.WriteRune(r)
			continue
		}
		prev := joinsAfter(neighbour(rs, i, -1))
		if r == lam {
			if j := nextLetter(rs, i); j > 0 {
				if lig, ok := lamAlef[rs[j]]; ok {
					b.WriteString(string(rs[i+1 : j])) // marks between them
					if prev {
						lig++
					}
					b.WriteRune(lig)
					i = j
					continue
				}
			}
		}
		next := arabicJoin[r] == joinDual && joinsBefore(neighbour(rs, i, +1))
		b.WriteRune(iso + formOffset(prev, next, arabicJoin[r]))
	}
	return b.String()
}

// formOffset picks the form: 0 isolated, 1 final, 2 initial, 3 medial.
func formOffset(prev, next bool, j joining) rune {
	if j != joinDual && j != joinRight {
		return 0
	}
	switch {
	case prev && next:
		return 3
	case next:
		return 2
	case prev:
		return 1
	}
	return 0
}

// neighbour is the nearest letter before (dir -1) or after (+1) position
// i, skipping vowel marks; 0 when there is none.
func neighbour(rs []rune, i, dir int) rune {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if arabicJoin[rs[j]] != joinTrans {
			return rs[j]
		}
	}
	return 0
}

// nextLetter is the index of the next letter after i, skipping vowel
// marks, or -1.
func nextLetter(rs []rune, i int) int {
	for j := i + 1; j < len(rs); j++ {
		if arabicJoin[rs[j]] != joinTrans {
			return j
		}
	}
	return -1
}

// joinsAfter reports whether r connects to a letter that follows it.
func joinsAfter(r rune) bool { j := arabicJoin[r]; return j == joinDual || j == joinCause }

// joinsBefore reports whether r connects to a letter that precedes it.
func joinsBefore(r rune) bool {
	j := arabicJoin[r]
	return j == joinDual || j == joinRight || j == joinCause
}

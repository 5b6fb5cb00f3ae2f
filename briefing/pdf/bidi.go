package pdf

import (
	"slices"

	"golang.org/x/text/unicode/bidi"
)

// Right-to-left text (Hebrew, Arabic) is stored in logical order and must
// be drawn in visual order. This is a reduced form of the Unicode
// bidirectional algorithm for plain text without embedding controls (they
// are dropped by clean): weak types W1, W2, W4, W5, W7, neutrals N1–N2,
// implicit levels I1–I2, reordering L2 and bracket mirroring L4.

// direction of a character after the weak rules.
type direction uint8

const (
	dirNeutral direction = iota
	dirL
	dirR
	dirNum // European or Arabic digits not taken over by left-to-right text
)

// classify returns the bidi class of every rune.
func classify(rs []rune) []bidi.Class {
	cls := make([]bidi.Class, len(rs))
	for i, r := range rs {
		p, _ := bidi.LookupRune(r)
		cls[i] = p.Class()
	}
	return cls
}

// baseRTL reports whether a paragraph is right-to-left: its first strong
// character is (rules P2–P3).
func baseRTL(rs []rune) bool {
	for _, c := range classify(rs) {
		switch c {
		case bidi.L:
			return false
		case bidi.R, bidi.AL:
			return true
		}
	}
	return false
}

// hasRTL reports whether any rune is a right-to-left letter.
func hasRTL(s string) bool {
	for _, r := range s {
		if (r >= 0x0590 && r <= 0x08FF) || (r >= 0xFB1D && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) {
			return true
		}
	}
	return false
}

// levels resolves the embedding level of every rune of a line.
func levels(rs []rune, rtl bool) []int {
	cls := classify(rs)
	dirs := weakTypes(cls, rtl)
	numberParts(cls, dirs)
	base := dirL
	if rtl {
		base = dirR
	}
	neutrals(dirs, base)
	// I1/I2: left-to-right text in a right-to-left paragraph and digits
	// anywhere nest one level deeper.
	lv := make([]int, len(rs))
	for i, d := range dirs {
		switch {
		case !rtl && d == dirL:
			lv[i] = 0
		case d == dirR:
			lv[i] = 1
		default:
			lv[i] = 2
		}
	}
	return lv
}

// weakTypes gives strong letters their direction, marks their base's
// (W1), and digits after left-to-right text that direction (W7).
func weakTypes(cls []bidi.Class, rtl bool) []direction {
	dirs := make([]direction, len(cls))
	lastStrong := dirL
	if rtl {
		lastStrong = dirR
	}
	for i, c := range cls {
		switch c {
		case bidi.NSM:
			if i > 0 {
				dirs[i] = dirs[i-1]
			}
		case bidi.L:
			dirs[i], lastStrong = dirL, dirL
		case bidi.R, bidi.AL:
			dirs[i], lastStrong = dirR, dirR
		case bidi.EN, bidi.AN:
			dirs[i] = dirNum
			if c == bidi.EN && lastStrong == dirL {
				dirs[i] = dirL
			}
		}
	}
	return dirs
}

// numberParts joins to a number a separator between two digits and a
// currency or percent sign beside digits (W4, W5).
func numberParts(cls []bidi.Class, dirs []direction) {
	digit := func(i int) bool { return i >= 0 && i < len(cls) && (cls[i] == bidi.EN || cls[i] == bidi.AN) }
	for i, c := range cls {
		if dirs[i] != dirNeutral {
			continue
		}
		before, after := digit(i-1), digit(i+1)
		switch {
		case (c == bidi.CS || c == bidi.ES) && before && after, c == bidi.ET && before:
			dirs[i] = dirs[i-1]
		case c == bidi.ET && after:
			dirs[i] = dirs[i+1]
		}
	}
}

// neutrals gives a run of neutral characters the direction of the strong
// text on both sides when it agrees (digits count as right-to-left), else
// the paragraph's (N1, N2).
func neutrals(dirs []direction, base direction) {
	for i := 0; i < len(dirs); {
		if dirs[i] != dirNeutral {
			i++
			continue
		}
		j := i
		for j < len(dirs) && dirs[j] == dirNeutral {
			j++
		}
		before, after := base, base
		if i > 0 {
			before = strong(dirs[i-1])
		}
		if j < len(dirs) {
			after = strong(dirs[j])
		}
		d := base
		if before == after {
			d = before
		}
		for k := i; k < j; k++ {
			dirs[k] = d
		}
		i = j
	}
}

// strong treats digits as right-to-left for the neutral rules.
func strong(d direction) direction {
	if d == dirNum {
		return dirR
	}
	return d
}

// visualOrder returns the indexes of rs in drawing order (rule L2) and the
// levels; runes at odd levels that are brackets are drawn mirrored (L4).
func visualOrder(rs []rune, rtl bool) ([]int, []int) {
	lv := levels(rs, rtl)
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	maxLv := slices.Max(append([]int{0}, lv...))
	for level := maxLv; level >= 1; level-- {
		for i := 0; i < len(order); {
			if lv[order[i]] < level {
				i++
				continue
			}
			j := i
			for j < len(order) && lv[order[j]] >= level {
				j++
			}
			slices.Reverse(order[i:j])
			i = j
		}
	}
	return order, lv
}

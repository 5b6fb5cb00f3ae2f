package pdf

import "testing"

func TestShapeArabic(t *testing.T) {
	cases := []struct {
		in   string
		want []rune
	}{
		{"بيت", []rune{0xFE91, 0xFEF4, 0xFE96}},          // initial, medial, final
		{"بَيت", []rune{0xFE91, 0x064E, 0xFEF4, 0xFE96}}, // a vowel mark does not break joining
		{"لا", []rune{0xFEFB}},                           // lam-alef ligature
		{"سلام", []rune{0xFEB3, 0xFEFC, 0xFEE1}},         // final lam-alef after a joining letter
		{"دار", []rune{0xFEA9, 0xFE8D, 0xFEAD}},          // dal and alef do not join forward
		{"بر", []rune{0xFE91, 0xFEAE}},
		{"ء", []rune{0xFE80}},
		{"abc", []rune("abc")},
		{"ب ب", []rune{0xFE8F, ' ', 0xFE8F}},
	}
	for _, c := range cases {
		if got := []rune(shapeArabic(c.in)); string(got) != string(c.want) {
			t.Errorf("shapeArabic(%q) = %U, want %U", c.in, got, c.want)
		}
	}
}

// visualString is s in drawing order, with mirrored brackets.
func visualString(s string) string {
	rs := []rune(s)
	order, lv := visualOrder(rs, baseRTL(rs))
	out := make([]rune, len(rs))
	for n, k := range order {
		out[n] = rs[k]
		if m, ok := mirrors[rs[k]]; ok && lv[k]%2 == 1 {
			out[n] = m
		}
	}
	return string(out)
}

func TestVisualOrder(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"אבג", "גבא"},
		{"abc אבג def", "abc גבא def"},
		{"אבג 123 דה", "הד 123 גבא"},   // digits keep their order
		{"אבג 1,250 ד", "ד 1,250 גבא"}, // a separator inside a number stays
		{"א (ב) ג", "ג (ב) א"},         // brackets mirror
		{"שלום. [S5]", "[S5] .םולש"},   // right-to-left paragraph: the reference ends up on the left
		{"Talks in אבג today.", "Talks in גבא today."},
	}
	for _, c := range cases {
		if got := visualString(c.in); got != c.want {
			t.Errorf("visual(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

package pdf

import (
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"  a \t b\n\nc  ", "a b c"},
		{"e\u0301te\u0301", "été"}, // decomposed accents are composed
		{"ok 🤝.", "ok \uFFFD."},
		{"family 👨\u200d👩\u200d👧 here", "family \uFFFD here"}, // one mark for a joined sequence
		{"two 🌍 🔋", "two \uFFFD \uFFFD"},
		{"heart ❤\uFE0F", "heart ❤"},
		{"soft\u00adhyphen\u0007bell", "softhyphenbell"},
		{"北京", "北京"},
	}
	for _, c := range cases {
		if got := clean(c.in); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRefs(t *testing.T) {
	src := briefing.Source{Text: strings.Repeat("x", 100)}
	for i := range 10 {
		src.Sentences = append(src.Sentences, briefing.Span{Start: i * 10, End: i*10 + 9})
	}
	sp := func(ns ...int) []briefing.Span {
		var out []briefing.Span
		for _, n := range ns {
			out = append(out, briefing.Span{Start: (n-1)*10 + 1, End: (n-1)*10 + 2})
		}
		return out
	}
	cases := []struct {
		spans []briefing.Span
		want  string
	}{
		{nil, ""},
		{sp(4), "[S4]"},
		{sp(1, 3), "[S1, S3]"},
		{sp(1, 2), "[S1, S2]"},
		{sp(2, 3, 4, 5, 9), "[S2–S5, S9]"},
		{sp(7, 1, 2, 3), "[S1–S3, S7]"},
	}
	for _, c := range cases {
		if got := (&briefing.Brief{Source: src}).Refs(c.spans); got != c.want {
			t.Errorf("refs(%v) = %q, want %q", c.spans, got, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	ts, ok := parseStamp("2026-11-26T15:30:00Z")
	if !ok || dtg(ts) != "261530Z NOV 26" || longDate(ts) != "26 November 2026" {
		t.Errorf("dtg %q, long %q", dtg(ts), longDate(ts))
	}
	if ts, _ := parseStamp("2026-03-04T01:02:00+02:00"); dtg(ts) != "032302Z MAR 26" {
		t.Errorf("offset stamp: dtg %q, want 032302Z MAR 26", dtg(ts))
	}
	for in, want := range map[string]string{"2020-08-20": "20 Aug 2020", "2016-05": "May 2016", "2016": "2016", "soon": "soon", "": ""} {
		if got := humanDate(in); got != want {
			t.Errorf("humanDate(%q) = %q, want %q", in, got, want)
		}
	}
	if got := docDate("", "bad", "2020-08-31"); got.Format("2006-01-02") != "2020-08-31" {
		t.Errorf("docDate falls back to published: %v", got)
	}
	if got := docDate("", "", ""); got.Year() != 2000 {
		t.Errorf("docDate without dates: %v, want a fixed date", got)
	}
}

func TestPageGeometry(t *testing.T) {
	for _, c := range []struct {
		paper string
		w     float64
		ok    bool
	}{{"", 210, true}, {"A4", 210, true}, {"letter", 215.9, true}, {" Letter ", 215.9, true}, {"legal", 0, false}} {
		g, err := pageGeometry(c.paper)
		if (err == nil) != c.ok || g.pageW != c.w {
			t.Errorf("pageGeometry(%q) = %v, %v", c.paper, g.pageW, err)
			continue
		}
		if c.ok && !(g.top < g.bottom && g.bottom < g.footerRuleY && g.footerBaseY < g.lowerBannerY) {
			t.Errorf("pageGeometry(%q): areas overlap: %+v", c.paper, g)
		}
	}
}

func newTestLayout(t *testing.T) *layout {
	cov, err := coverages()
	if err != nil {
		t.Fatal(err)
	}
	return &layout{pdf: fpdf.New("P", "mm", "A4", ""), picker: fontPicker{cov: cov}, spaceW: map[spaceKey]float64{}}
}

func TestLines(t *testing.T) {
	l := newTestLayout(t)
	cases := []struct {
		name  string
		text  string
		width float64
		min   int // lines at least
	}{
		{"words", "The agreement allows Morocco to launch its first round of clinical trials for a COVID-19 vaccine.", 40, 3},
		{"cjk without spaces", "中国外交部发言人在北京表示，双方同意加强合作并于明年签署协议。中国外交部发言人在北京表示。", 30, 3},
		{"long url", "see https://example.org/news/2026/11/26/a-very-long-path-segment-that-does-not-fit?ref=x&lang=fr now", 30, 3},
		{"long word", "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt", 20, 3},
		{"narrow", "abc", 0.1, 3},
		{"empty", "", 50, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := l.lines(para{{text: c.text, st: stBody}}, c.width)
			if len(lines) < c.min {
				t.Errorf("%d lines, want at least %d", len(lines), c.min)
			}
			var got strings.Builder
			for _, ln := range lines {
				if ln.w > c.width+0.01 && len([]rune(ln.pieces[0].text)) > 1 {
					t.Errorf("line %q is %.1f mm wide, more than %.1f", ln.pieces[0].text, ln.w, c.width)
				}
				for _, p := range ln.pieces {
					got.WriteString(p.text)
				}
			}
			// every character comes out once: nothing dropped at line breaks
			if squeeze(got.String()) != squeeze(c.text) {
				t.Errorf("text after breaking = %q, want %q", got.String(), c.text)
			}
		})
	}
}

func TestFontPick(t *testing.T) {
	l := newTestLayout(t)
	cases := []struct {
		text  string
		fonts []fontID
		out   string
	}{
		{"Genève", []fontID{fontRegular}, "Genève"},
		{"Москва Αθήνα", []fontID{fontRegular}, "Москва Αθήνα"},
		{"in 北京", []fontID{fontRegular, fontCJK}, "in 北京"},
		{"emoji 🤝", []fontID{fontRegular}, "emoji \uFFFD"},
		{"\uE000private", []fontID{fontRegular}, "\uFFFDprivate"}, // no font has it
	}
	for _, c := range cases {
		var fonts []fontID
		var out strings.Builder
		for _, a := range l.atoms(para{{text: c.text, st: stBody}}) {
			if a.space {
				out.WriteString(" ")
			}
			for _, r := range a.runs {
				if len(fonts) == 0 || fonts[len(fonts)-1] != r.font {
					fonts = append(fonts, r.font)
				}
				out.WriteString(r.text)
			}
		}
		if out.String() != c.out || !equalFonts(fonts, c.fonts) {
			t.Errorf("%q: fonts %v text %q, want %v %q", c.text, fonts, out.String(), c.fonts, c.out)
		}
	}
}

func equalFonts(a, b []fontID) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

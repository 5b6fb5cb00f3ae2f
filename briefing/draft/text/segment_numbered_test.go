package text

import (
	"slices"
	"testing"
)

// TestSegmentNumberedParagraphs checks that a paragraph opened by its
// number is still split into its sentences, also after one that ends in
// a number, and that a marker is only a marker when it stands alone.
func TestSegmentNumberedParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a sentence ending in a year after the paragraph's number",
			"3. The Leaders agreed to cut tariffs by 1 January 2027. Kham Sai will cut them by half.",
			[]string{"3. The Leaders agreed to cut tariffs by 1 January 2027.", "Kham Sai will cut them by half."}},
		{"numbered items of one sentence each", "1. Introduction. 2. Methods.", []string{"1. Introduction.", "2. Methods."}},
	} {
		var got []string
		for _, sp := range Segment(tc.text) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: segment(%q)\n got  %q\n want %q", tc.name, tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{{"3.", true}, {"b)", true}, {" 12. ", true}, {"3. The Leaders agreed to cut tariffs by 2027.", false}, {"2027.", false}} {
		if got := IsListMarker(tc.s); got != tc.want {
			t.Errorf("IsListMarker(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

package text

import "testing"

// TestItemLabels checks the items of a factbox, each opened by a label in
// capitals and a dash: the sentences start after the labels, and one such
// line alone is left as it is.
func TestItemLabels(t *testing.T) {
	const box = "FACTBOX-Who pledged what\n\nDonors pledged $9 billion on Wednesday.\n\nGERMANY - Berlin pledged 1.5 billion euros.\n\nUNITED KINGDOM - Britain committed 800 million pounds.\n\nFRANCE - France promised 900 million euros.\n"
	var got []string
	for _, sp := range Segment(box) {
		got = append(got, box[sp.Start:sp.End])
	}
	for _, want := range []string{"Berlin pledged 1.5 billion euros.", "Britain committed 800 million pounds.", "France promised 900 million euros."} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("sentence %q missing from %q", want, got)
		}
	}
	const one = "Talks resume\n\nThe ministers met on Monday.\n\nThey met again on Tuesday.\n\nNo deal was reached.\n\nNOTE - The figures are provisional.\n"
	for _, sp := range Segment(one) {
		if one[sp.Start:sp.End] == "The figures are provisional." {
			t.Errorf("a single labelled line lost its label: %q", one[sp.Start:sp.End])
		}
	}
}

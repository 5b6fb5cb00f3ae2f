package text

import "testing"

// TestCapitalsLabelAHeading checks that a label in capitals before a
// title ("CHAD: Floods — Situation Report No. 4", "UKRAINE: Talks resume in
// Geneva") is no caption, and that a caption label in capitals still is.
func TestCapitalsLabelAHeading(t *testing.T) {
	for _, s := range []string{"CHAD: Floods — Situation Report No. 4", "UKRAINE: Talks resume in Geneva"} {
		if k := furnitureLine(s); k != Prose {
			t.Errorf("%q is %v, want prose", s, k)
		}
	}
	if k := furnitureLine("PICTURED: The flooded street on Sunday"); k == Prose {
		t.Errorf("a caption labelled in capitals became prose")
	}
}

// TestNoteOnAnInterview checks a note on where an interview, a column or a
// feature appeared: the page's voice, not the story.
func TestNoteOnAnInterview(t *testing.T) {
	for _, s := range []string{"This interview appeared in the April issue of The Meridian Review.", "This column was first published on Tuesday."} {
		if k := furnitureLine(s); k == Prose {
			t.Errorf("%q read as prose", s)
		}
	}
	if k := furnitureLine("This interview with the minister was the first she gave."); k != Prose {
		t.Errorf("a sentence about an interview read as furniture")
	}
}

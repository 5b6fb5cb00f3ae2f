package text

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// TestHostNamedInTheHeader checks that the turns of the host a
// transcript's header names are the questioner's, and the guest's not.
func TestHostNamedInTheHeader(t *testing.T) {
	src := "Guest: Hendrik Voss, chief executive, Nordsee Wind GmbH\nHost: Leonie Brandt\n\n[00:00:24] LEONIE BRANDT: Let's start with the news. What happened?\n\n[00:00:31] HENDRIK VOSS: The grid connection isn't ready.\n"
	spans, kinds := SegmentMarked(src)
	d := &doc.Document{Text: src}
	d.Sentences, d.Furniture = SplitFurniture(spans, kinds)
	checked := 0
	for si, sp := range d.Sentences {
		s := src[sp.Start:sp.End]
		if strings.HasPrefix(s, "Guest") || strings.HasPrefix(s, "Host") {
			continue
		}
		checked++
		want := strings.Contains(s, "LEONIE") || strings.Contains(s, "What happened")
		if got := QuestionerTurn(d, si); got != want {
			t.Errorf("QuestionerTurn(%q) = %v, want %v", s, got, want)
		}
	}
	if checked != 3 {
		t.Errorf("%d turn sentences, want 3", checked)
	}
}

// TestSpeakerAddressedInAQuestionIsNoHost checks that a speaker a
// reporter's question addresses by name ("Q (LETA): Minister Kjeldsen,
// will …?") is no host: the speaker's turns are answers.
func TestSpeakerAddressedInAQuestionIsNoHost(t *testing.T) {
	src := "MINISTER KJELDSEN: Denmark will deploy a battery to Latvia.\n\nQ (LETA): Minister Kjeldsen, will Denmark supply missiles?\n\nMINISTER KJELDSEN: No. Denmark will not transfer them.\n"
	spans, kinds := SegmentMarked(src)
	d := &doc.Document{Text: src}
	d.Sentences, d.Furniture = SplitFurniture(spans, kinds)
	for si, sp := range d.Sentences {
		s := src[sp.Start:sp.End]
		want := strings.HasPrefix(s, "Q (LETA)")
		if got := QuestionerTurn(d, si); got != want {
			t.Errorf("QuestionerTurn(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMemberWhoAsksOnLabelLines checks that in a record whose turns are
// labelled by names on lines of their own, the turns of the member who
// mostly asks are the questioner's, and the minister's not.
func TestMemberWhoAsksOnLabelLines(t *testing.T) {
	src := "Oral Answers\n\n1. Sarah Whitcombe (Lancaster and Wyre) (Lab)\nWhat steps she is taking to improve rail services in the north-west. [902114]\n\nShare this contribution\n\n" +
		"Daniel Okoro\nCancellations reached 6.8% in the last period, and that is not good enough.\n\nShare this contribution\n\n" +
		"Sarah Whitcombe\nMy constituents have heard promises before. Will he commit today to restoring the service?\n\n" +
		"Daniel Okoro\nI cannot give her that commitment today, but I will write to her.\n"
	spans, kinds := SegmentMarked(src)
	d := &doc.Document{Text: src}
	d.Sentences, d.Furniture = SplitFurniture(spans, kinds)
	asked := map[string]bool{}
	for si, sp := range d.Sentences {
		if QuestionerTurn(d, si) {
			asked[src[sp.Start:sp.End]] = true
		}
	}
	for _, s := range []string{"What steps she is taking to improve rail services in the north-west.", "Will he commit today to restoring the service?"} {
		found := false
		for a := range asked {
			found = found || strings.Contains(a, s)
		}
		if !found {
			t.Errorf("%q is no questioner's turn; questioners' sentences: %v", s, asked)
		}
	}
	for a := range asked {
		if strings.Contains(a, "Cancellations") || strings.Contains(a, "I cannot give") {
			t.Errorf("the minister's %q read as a questioner's turn", a)
		}
	}
}

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

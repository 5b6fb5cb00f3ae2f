package title

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestMastheadJoinsTheHeadingUnderIt(t *testing.T) {
	tests := []struct {
		name, text, party, want string
	}{
		{"masthead of a company's release over its heading",
			"Corvid Shipping Holdings plc\nInterim results for the six months ended 30 June 2026\n\n4 August 2026\n\nCorvid Shipping today announces its interim results. Revenue rose.",
			"Corvid Shipping Holdings|Corvid Shipping/organisation",
			"Corvid Shipping Holdings plc: Interim results for the six months ended 30 June 2026"},
		{"masthead of a committee over a heading with a colon",
			"Health and Social Care Committee\nOral evidence: Ambulance waiting times\n\nQ1 Chair: Welcome. Witness: Thank you.",
			"Health and Social Care Committee/organisation",
			"Health and Social Care Committee — Oral evidence: Ambulance waiting times"},
		{"a headline that is more than a name stays alone",
			"Harbour Bank Cuts Rates\nThe first cut in four years\n\nThe bank cut its rate on Tuesday. Markets rose.",
			"Harbour Bank/organisation",
			"Harbour Bank Cuts Rates"},
		{"a person's name is no masthead",
			"Anna Kessler\nA life in the theatre\n\nAnna Kessler died on Monday. She was 90.",
			"Anna Kessler/person",
			"Anna Kessler"},
		{"a name over a sentence of prose stays alone",
			"Kestrel Logistics\nThe company said on Monday that profits rose.\n\nShares fell.",
			"Kestrel Logistics/organisation",
			"Kestrel Logistics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := drafttest.Marked(t, tt.text, []string{tt.party}, nil)
			if got := Headline(d, ""); got != tt.want {
				t.Errorf("headline = %q, want %q", got, tt.want)
			}
		})
	}
}

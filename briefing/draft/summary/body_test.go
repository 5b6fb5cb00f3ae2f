package summary

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestSummaryBodyLeavesOutALongHeadline(t *testing.T) {
	lead := "Five members of a gang who stole more than 60 lorries have been jailed for a total of 31 years."
	tests := []struct {
		construction, text, first string
	}{
		{"a long tabloid headline over a byline",
			"Gang who stole £2million of lorries to order jailed for 31 years as police vow to strip them of every penny\n\nBy ANNA WEST FOR THE DAILY NEWS\n\n" +
				lead + "\n\nThe ringleader was jailed for nine years.", lead},
		{"no headline", lead + "\n\nThe ringleader was jailed for nine years.", lead},
		{"a lead that lost its full stop below the title line",
			"Lorry gang jailed\n\nFive members of a gang who stole more than 60 lorries have been jailed for a total of 31 years\n\nThe ringleader was jailed for nine years.",
			"Five members of a gang who stole more than 60 lorries have been jailed for a total of 31 years"},
		{"lines that all end without a full stop",
			"Five members of a gang who stole more than 60 lorries and sold them abroad have been jailed for a total of 31 years at Manchester Crown Court\n\nThe ringleader was jailed for nine years",
			"Five members of a gang who stole more than 60 lorries and sold them abroad have been jailed for a total of 31 years at Manchester Crown Court"},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			d := drafttest.Doc(t, tt.text, "2020-08-31")
			body := summaryBody(d)
			if len(body) == 0 {
				t.Fatalf("no body in %q", tt.text)
			}
			sp := d.Sentences[body[0]]
			if got := d.Text[sp.Start:sp.End]; got != tt.first {
				t.Errorf("the body starts with %q, want %q", got, tt.first)
			}
		})
	}
}

package summary

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestPhaticSentence(t *testing.T) {
	tests := []struct {
		construction, sentence string
		want                   bool
	}{
		{"a greeting with thanks to the audience", "Good afternoon, everyone, and thank you for joining us at such short notice.", true},
		{"thanks for coming", "Thank you all for coming to this morning's news conference on the new season.", true},
		{"a welcome to a briefing", "Welcome to this evening's briefing at the Ministry of Health.", true},
		{"a greeting and a welcome", "Hello and welcome to our coverage of the count in Dunmore North.", true},
		{"a greeting before the news", "Ladies and gentlemen, the chairman of the club has resigned with immediate effect.", false},
		{"a greeting folded into the news", "Good evening, the board has decided to close the plant at Fenwick.", false},
		{"a report of thanks", "The mayor thanked the firefighters who fought the blaze through the night.", false},
		{"a plain news sentence", "Police in Galway have charged two men over the theft of a lorry.", false},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			d := drafttest.Doc(t, tt.sentence, "2020-08-31")
			if got := phatic(d, 0); got != tt.want {
				t.Errorf("phatic(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestSummaryOfATranscriptLeavesOutItsGreeting(t *testing.T) {
	tests := []struct{ construction, text, want string }{
		{"a minister's briefing",
			drafttest.Paragraphs("Good afternoon, everyone, and thank you for joining us at such short notice.",
				"The government has decided to suspend all night flights at Corran Airport while an inquiry into the near-collision is carried out.",
				"The inquiry will report by the end of June."),
			"The government has decided to suspend all night flights at Corran Airport while an inquiry into the near-collision is carried out."},
		{"a manager's news conference",
			drafttest.Paragraphs("Thank you all for coming along this morning to the training ground.",
				"Our captain, Lewis Dunne, will miss the rest of the season after surgery on his knee.",
				"We will look at the transfer market in January."),
			"Our captain, Lewis Dunne, will miss the rest of the season after surgery on his knee."},
		{"a chief executive's statement",
			drafttest.Paragraphs("Good morning, ladies and gentlemen, the board has agreed to sell the shipping division to Maren Group for £400m.",
				"The sale will be completed in the spring.",
				"Staff were told of the decision on Monday."),
			"The board has agreed to sell the shipping division to Maren Group for £400m."},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			got := summaryTexts(t, tt.text)
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("summary %q, want it to open with %q", got, tt.want)
			}
			if slices.ContainsFunc(got, func(s string) bool { return salutationOpens(s) }) {
				t.Errorf("summary %q keeps a greeting", got)
			}
		})
	}
}

// salutationOpens reports whether s opens with one of the salutations.
func salutationOpens(s string) bool {
	for _, seq := range salutations {
		if len(s) >= len(seq[0]) && strings.EqualFold(s[:len(seq[0])], seq[0]) {
			return true
		}
	}
	return false
}

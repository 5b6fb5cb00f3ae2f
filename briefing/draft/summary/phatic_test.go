package summary

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// sentenceCase is a sentence of a construction and what a predicate of
// sentences should say of it.
type sentenceCase struct {
	construction, sentence string
	want                   bool
}

// checkSentences checks what predicate f, named name, says of the first
// sentence of each case.
func checkSentences(t *testing.T, name string, f func(*doc.Document, int) bool, tests []sentenceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			d := drafttest.Doc(t, tt.sentence, "2020-08-31")
			if got := f(d, 0); got != tt.want {
				t.Errorf("%s(%q) = %v, want %v", name, tt.sentence, got, tt.want)
			}
		})
	}
}

func TestPhaticSentence(t *testing.T) {
	checkSentences(t, "phatic", phatic, []sentenceCase{
		{"a greeting with thanks to the audience", "Good afternoon, everyone, and thank you for joining us at such short notice.", true},
		{"thanks for coming", "Thank you all for coming to this morning's news conference on the new season.", true},
		{"a welcome to a briefing", "Welcome to this evening's briefing at the Ministry of Health.", true},
		{"a greeting and a welcome", "Hello and welcome to our coverage of the count in Dunmore North.", true},
		{"a greeting before the news", "Ladies and gentlemen, the chairman of the club has resigned with immediate effect.", false},
		{"a greeting folded into the news", "Good evening, the board has decided to close the plant at Fenwick.", false},
		{"a report of thanks", "The mayor thanked the firefighters who fought the blaze through the night.", false},
		{"a plain news sentence", "Police in Galway have charged two men over the theft of a lorry.", false},
		{"a greeting after a speaker's label", "Anna Berg: Good afternoon.", true},
		{"a greeting after a label in capitals", "MR HOLT: Good morning, everyone.", true},
		{"news after a speaker's label", "Anna Berg: The ministry has recalled its ambassador.", false},
		{"thanks to the guest named first", "TOM WHELAN: Grace Adeyemi, thank you for joining us.", true},
		{"news told to the guest named first", "TOM WHELAN: Grace Adeyemi, the company has cut its offer.", false},
	})
}

func TestAskedFromTheFloor(t *testing.T) {
	checkSentences(t, "askedFromTheFloor", askedFromTheFloor, []sentenceCase{
		{"a question labelled Q", "Q: Will the minister resign over the report?", true},
		{"a statement put by the one who asks", "Question: On trade, talks with Norvik ended without agreement last week.", true},
		{"the speaker's answer", "Anna Berg: The minister will not resign.", false},
		{"a colon inside the news", "The court heard one charge: that he stole from his employer.", false},
		{"no label", "Quebec has banned the sale of new petrol cars from 2035.", false},
		{"a member's numbered question", "Q3 Owen Carrick: Mr Fairclough, you told this committee the same thing in March.", true},
		{"a numbered question from the chair", "Q1 Chair: What went wrong over Christmas?", true},
		{"the witness's answer", "Martin Fairclough: We will recruit 85 additional drivers by the end of this year.", false},
		{"a moderator's question", "MODERATOR: Let's turn to transport. Mr Walker, will you build the crossing?", true},
		{"an operator calling the next speaker", "Operator: I would now like to turn the call over to Rachel Dunmore.", true},
	})
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
		{"a spokesperson's press conference",
			drafttest.Paragraphs("Anna Berg: Good afternoon.",
				"The foreign minister of Estmark will visit Harlan on 20 November to sign a trade agreement.",
				"Q: Will the agreement cover fishing?",
				"Anna Berg: The agreement covers all goods, and fishing will be discussed separately in December."),
			"The foreign minister of Estmark will visit Harlan on 20 November to sign a trade agreement."},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			got := summaryTexts(t, tt.text)
			if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Q:") }) {
				t.Errorf("summary %q keeps a question from the floor", got)
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("summary %q, want it to open with %q", got, tt.want)
			}
			if slices.ContainsFunc(got, func(s string) bool { return salutationOpens(s) }) {
				t.Errorf("summary %q keeps a greeting", got)
			}
		})
	}
}

// salutationOpens reports whether s opens with one of the salutations,
// after a speaker's label.
func salutationOpens(s string) bool {
	if _, after, ok := strings.Cut(s, ": "); ok && len(s)-len(after) < 30 {
		s = after
	}
	for _, seq := range salutations {
		if len(s) >= len(seq[0]) && strings.EqualFold(s[:len(seq[0])], seq[0]) {
			return true
		}
	}
	return false
}

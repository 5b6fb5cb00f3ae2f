package summary

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/figures"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
	"github.com/briefdesk/briefdesk/briefing/draft/parties"
)

// featuresOf analyses a text as drafting does up to the summary and
// returns the ranker's features of its body sentences.
func featuresOf(t *testing.T, text string) [][]float64 {
	t.Helper()
	d := drafttest.Doc(t, text, "2020-08-31")
	d.Parties = parties.Find(d)
	d.Figures = figures.Find(d)
	body, x := Features(d)
	if len(x) != len(body) {
		t.Fatalf("%d rows of features for %d body sentences", len(x), len(body))
	}
	return x
}

func TestFeaturesOfConstructions(t *testing.T) {
	lead := "The city council approved a new tram line to the airport on Tuesday."
	tests := []struct {
		construction, sentence string
		feature                int
		want                   bool
	}{
		{"a sentence with money and a share", "The line will cost £240m and cut journey times by 40%.", fFigures, true},
		{"a sentence without figures", "Residents along the route have asked for quieter trams.", fFigures, false},
		{"a quotation first", "\"This is a great day for the city,\" said one councillor.", fQuote, true},
		{"a question", "Will the trams run through the night?", fQuote, true},
		{"a statement", "Work on the tracks will begin in the spring.", fQuote, false},
		{"a pronoun subject", "It will be the first new line in twenty years.", fLeans, true},
		{"a named subject", "Airport managers welcomed the decision in a statement.", fLeans, false},
		{"an opening connective", "However, opponents say the route runs too close to homes.", fOpener, true},
		{"no connective", "Opponents say the route runs too close to homes.", fOpener, false},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			x := featuresOf(t, drafttest.Paragraphs(lead, tt.sentence))
			if len(x) != 2 {
				t.Fatalf("%d body sentences, want 2", len(x))
			}
			if got := x[1][tt.feature] > 0; got != tt.want {
				t.Errorf("%s of %q = %v, want set %v", FeatureNames[tt.feature], tt.sentence, x[1][tt.feature], tt.want)
			}
		})
	}
}

// tramStory is a titled story whose second sentence is given and whose
// third is an unrelated aside.
func tramStory(second string) string {
	return "Council backs airport tram line\n\n" + drafttest.Paragraphs(
		"The city council approved a new tram line to the airport on Tuesday.", second,
		"Local football clubs played their last matches of the season at the weekend.")
}

func TestFeaturesWeighTheLeadAndTitle(t *testing.T) {
	x := featuresOf(t, tramStory("The airport tram line will open in 2027, the council said."))
	if len(x) != 3 {
		t.Fatalf("%d body sentences, want 3 (the title line is not one)", len(x))
	}
	for _, f := range []int{fLeadLike, fTitleLike} {
		if x[1][f] <= x[2][f] {
			t.Errorf("%s: a sentence on the tram line (%.2f) is no closer than one on football (%.2f)", FeatureNames[f], x[1][f], x[2][f])
		}
	}
	if x[0][fFirst] != 1 || x[1][fFirst] != 0 || x[0][fBias] != 1 {
		t.Errorf("first/bias features wrong: %v, %v", x[0], x[1])
	}
}

func TestRankerPrefersTheStoryToAnAside(t *testing.T) {
	x := featuresOf(t, tramStory("The council said the airport tram line would cost £240m and open in 2027."))
	if story, aside := rankerScore(x[1]), rankerScore(x[2]); story <= aside {
		t.Errorf("ranker: the story's cost and date %.3f, an unrelated aside %.3f", story, aside)
	}
}

package commitments

import (
	"strings"
	"testing"
)

// TestStancesFindingsAndOpenDecisions checks the status of a stance
// against a measure and of a promised restraint, and that findings,
// beliefs, decisions with no content and the condition of a promise are
// no commitment.
func TestStancesFindingsAndOpenDecisions(t *testing.T) {
	parties := []string{"Grace Tembo/person", "Anna Moss/person", "Orvane/organisation", "Dalmark/country"}
	tests := []struct {
		name, text, want string // want: "status|text fragment", or "|fragment" for no commitment holding it
	}{
		{"a stance against a measure to take in a vote",
			"Grace Tembo said her party would oppose the levy in parliament.", "intends|oppose the levy"},
		{"a stance denied is a restraint promised",
			"Orvane said it would not oppose a fast-track hearing.", "pledged|oppose a fast-track hearing"},
		{"a veto denied",
			"Dalmark said it would not veto the treaty.", "pledged|veto the treaty"},
		{"harm put at risk, denied",
			"\"We will not put our workers' lives at risk,\" Orvane said.", "pledged|at risk"},
		{"a finding of a judge",
			"Judge Anna Moss said she was satisfied that extradition would not breach his rights.", "|breach"},
		{"a finding of a tribunal",
			"The tribunal found that Orvane would not pay the fine.", "|pay the fine"},
		{"a belief in what another will do",
			"Grace Tembo said she was confident that Orvane would approve the plan.", "|approve the plan"},
		{"a decision with no content",
			"Dalmark said it would decide \"in the light of our national interests\".", "|decide"},
		{"a request to consider",
			"The board of Orvane is expected to consider the request in April.", "|consider"},
		{"the failure that conditions a promise",
			"Grace Tembo said she would resign if she fails to pass a budget.", "|fails to pass"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := strings.Split(tt.want, "|")
			for _, c := range Find(testDoc(t, tt.text, parties, nil)) {
				if !strings.Contains(c.Text, w[1]) {
					continue
				}
				if w[0] == "" {
					if !strings.Contains(c.Text, "resign") {
						t.Errorf("got %s %q, want none", c.Status, c.Text)
					}
					continue
				}
				if c.Status != w[0] {
					t.Errorf("got %s %q, want %s", c.Status, c.Text, w[0])
				}
				return
			}
			if w[0] != "" {
				t.Errorf("no commitment holds %q", w[1])
			}
		})
	}
}

package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// TestSummaryOfASpeechOpensWithItsCommitment checks that a text in its
// speaker's own voice whose first sentence reports no act opens its
// summary with the first commitment the speaker makes, and that a report,
// or a speech whose first sentence tells an act, keeps its lead.
func TestSummaryOfASpeechOpensWithItsCommitment(t *testing.T) {
	tests := []struct{ construction, text, want string }{
		{"a minister's op-ed opening on a view",
			drafttest.Paragraphs("Harbourton cannot keep choking on its own traffic.",
				"Every morning our buses crawl along the quays while cars idle in four lanes beside them.",
				"We have tried bus lanes, and we have tried park-and-ride sites on the ring road.",
				"That is why my government will introduce a congestion charge for central Harbourton from next April.",
				"The money it raises will pay for new trams."),
			"That is why my government will introduce a congestion charge"},
		{"a minister's briefing opening on figures",
			drafttest.Paragraphs("Statement by Health Minister Kofi Mensah on the measles outbreak",
				"As of this morning we have recorded 412 suspected measles cases in the Volta Region since the first case on 2 August.",
				"First, the government will open three vaccination centres in Ho, Keta and Hohoe by Friday.",
				"Second, we are asking parents to check their children's vaccination cards.",
				"I thank our health workers for their tireless work."),
			"First, the government will open three vaccination centres"},
		{"a report that quotes a speaker",
			drafttest.Paragraphs("Heavy rain has flooded more than 200 homes in the Harl valley, the county council said on Monday.",
				"\"We will do everything we can,\" said council leader Ann Brode.",
				"\"Our crews are working through the night.\"",
				"The council has pledged £2m for repairs."),
			"Heavy rain has flooded more than 200 homes"},
		{"a speech opening on the act it announces",
			drafttest.Paragraphs("This morning I signed an executive order creating a housing delivery office inside City Hall.",
				"Our city needs homes, and we need them now.",
				"We will build 5,000 homes by 2030."),
			"This morning I signed an executive order"},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			b, err := Draft(tt.text, Options{Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Summary) == 0 || !strings.Contains(b.Summary[0].Text, tt.want) {
				t.Errorf("summary %+v, want it to open with %q", b.Summary, tt.want)
			}
		})
	}
}

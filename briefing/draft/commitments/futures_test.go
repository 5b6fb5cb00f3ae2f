package commitments

import (
	"strings"
	"testing"
)

// foundCase is a text and the commitment wanted of it, written
// "status|actors|fragment" (actors sorted and joined by ";"), or
// "||fragment" when no commitment may hold the fragment.
type foundCase struct {
	name, text, want string
}

// checkFound drafts each case with the parties given and checks the
// commitment whose text holds the fragment.
func checkFound(t *testing.T, parties []string, tests []foundCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := strings.SplitN(tt.want, "|", 3)
			d := testDoc(t, tt.text, parties, nil)
			for _, c := range Find(d) {
				if !strings.Contains(c.Text, w[2]) {
					continue
				}
				checkSpans(t, d, c)
				actors := append([]string(nil), c.Actors...)
				sortStrings(actors)
				if got := c.Status + "|" + strings.Join(actors, ";"); w[0] == "" || got != w[0]+"|"+w[1] {
					t.Errorf("got %s %q, want %s", got, c.Text, tt.want)
				}
				return
			}
			if w[0] != "" {
				t.Errorf("no commitment holds %q", w[2])
			}
		})
	}
}

// TestGoingToFuture checks that "is going to" announces what one who can
// act will do, and that "is not going to" refuses it.
func TestGoingToFuture(t *testing.T) {
	parties := []string{"Arno Kessel/person/Prime Minister", "Teodor Lind/person/Mayor"}
	checkFound(t, parties, []foundCase{
		{"a quoted we going to act",
			"\"We are going to open the border next week,\" Prime Minister Arno Kessel said.", "intends|Arno Kessel|open the border"},
		{"a quoted we not going to sign",
			"\"We are not going to sign this treaty,\" Arno Kessel said.", "refused|Arno Kessel|sign this treaty"},
		{"an I not going to act",
			"\"I am not going to raise the parking levy,\" Mayor Teodor Lind said.", "refused|Teodor Lind|raise the parking levy"},
		{"it going to happen is no act",
			"Teodor Lind said it is going to cost the town dearly.", "||cost the town"},
		{"a state kept is no act",
			"\"If we do nothing, we are just going to carry on being a transit town,\" Teodor Lind said.", "||carry on"},
	})
}

// TestQuotedProgressiveFuture checks that a quoted "we will be" with an
// act is the speakers' intention, while a progressive of others is a
// forecast.
func TestQuotedProgressiveFuture(t *testing.T) {
	parties := []string{"Maria Lund/person/general secretary", "Harbour Workers' Union/organisation", "Nils Berg/person"}
	checkFound(t, parties, []foundCase{
		{"we will be recommending",
			"\"We will be recommending it to our members,\" Maria Lund said.", "intends|Maria Lund|recommending it to our members"},
		{"we will be asking a court",
			"\"We will be asking the court to lower the bond on Monday,\" said defence lawyer Nils Berg.", "intends|Nils Berg|asking the court"},
		{"what a thing will be doing is a description",
			"Nils Berg said that if the firm ships the grain, it will be selling stolen goods.", "||selling stolen goods"},
	})
}

// TestInvertedConditionAuxiliary checks that the auxiliary of a condition
// put first ("Should talks fail, …") is not read as the modal of the act
// that follows.
func TestInvertedConditionAuxiliary(t *testing.T) {
	parties := []string{"Brevik Steel/organisation", "Castel Ports/organisation"}
	checkFound(t, parties, []foundCase{
		{"should first",
			"Should talks fail, Brevik Steel will close the plant in March.", "conditional|Brevik Steel|close the plant"},
		{"should with a passive condition",
			"Should the offer be accepted, Castel Ports would pay 20 crowns a share, it said.", "conditional|Castel Ports|pay 20 crowns"},
	})
}

// TestRefusalUntil checks that a refusal to do something until something
// happens, of a meeting or of a commitment made of a noun with "no", keeps
// its condition.
func TestRefusalUntil(t *testing.T) {
	parties := []string{"Paul Okoro/person/Interior Minister", "Veltria/country", "Ostmark/country"}
	checkFound(t, parties, []foundCase{
		{"talks not reopened until",
			"Paul Okoro said Veltria would not reopen talks with the rebels until a commission had reported.", "conditional|Veltria|reopen talks"},
		{"no new pledge until",
			"Ostmark said it would make no new pledge until an audit of the last one was finished.", "conditional|Ostmark|no new pledge"},
		{"no deal to be signed",
			"Ostmark said it would sign no deal with the rebels.", "refused|Ostmark|sign no deal"},
		{"no pledge made is no commitment",
			"Ostmark made no pledge at the conference.", "||no pledge"},
	})
}

// TestCampaignSayerAfterQuote checks that a collective action said to go
// on is the commitment of the side whose sayer follows the clause or the
// quotation.
func TestCampaignSayerAfterQuote(t *testing.T) {
	parties := []string{"Harbour Workers' Union/organisation", "Maria Lund/person/general secretary of the Harbour Workers' Union"}
	checkFound(t, parties, []foundCase{
		{"the union said after the clause",
			"If members reject the offer, the strike will go ahead on Monday, the union said.", "conditional|union|strike will go ahead"},
		{"a quotation and its sayer",
			"\"If members reject the offer, the strike will go ahead on Monday,\" said Maria Lund, its general secretary.",
			"conditional|Harbour Workers' Union|strike will go ahead"},
	})
}

// TestSpokenAssurance checks that an assurance about everyone or
// everything of a kind, given in a quotation, is the speaker's pledge, and
// that what befalls them is none.
func TestSpokenAssurance(t *testing.T) {
	parties := []string{"Lena Sorvik/person/Finance Minister", "Dagny Holm/person/president", "Tom Berg/person/analyst"}
	checkFound(t, parties, []foundCase{
		{"every dollar traceable",
			"\"Every dollar will be traceable,\" Lena Sorvik said.", "pledged|Lena Sorvik|Every dollar will be traceable"},
		{"every team treated alike",
			"\"Every team will be treated the same way,\" Dagny Holm said on Friday.", "pledged|Dagny Holm|Every team will be treated"},
		{"every household to receive a payment",
			"\"Every household that lost its home will receive a payment of 500 crowns,\" Lena Sorvik said.", "pledged|Lena Sorvik|will receive a payment"},
		{"the same speaker in the next sentence",
			"Lena Sorvik spoke to donors on Monday. \"We have heard the criticism,\" she said. \"Every dollar will be traceable.\"",
			"pledged|Lena Sorvik|Every dollar will be traceable"},
		{"what befalls every bank",
			"\"Every bank will be hit by the new rules,\" Tom Berg said.", "||Every bank"},
		{"how every family will fare",
			"\"Every family will be worse off this winter,\" Lena Sorvik said.", "||Every family"},
	})
}

// TestUnderstandingReached checks that an understanding reached is an
// agreement of the sides, and that one's understanding of something is
// none.
func TestUnderstandingReached(t *testing.T) {
	parties := []string{"Veltria/country", "Ostmark/country"}
	checkFound(t, parties, []foundCase{
		{"reached an understanding",
			"Veltria and Ostmark reached an understanding on fishing quotas on Friday.", "agreed|Ostmark;Veltria|understanding on fishing quotas"},
		{"an understanding of the law",
			"Her understanding of the law was limited, Veltria said.", "||understanding of the law"},
	})
}

// TestAssurancesToAll checks that what a party assures every one of a
// kind, or no one, will get or be spared is its pledge, quoted or
// reported, and that a forecast about everyone is none.
func TestAssurancesToAll(t *testing.T) {
	parties := []string{"Maya Rensburg|Rensburg/person", "Larkspur Air/organisation"}
	runCases(t, []commitmentCase{
		{"quoted assurances to everyone affected",
			"\"Every affected person will have a meeting with their manager,\" Rensburg said. \"Nobody will find out by email.\"", parties, nil,
			[]brief{{"Maya Rensburg", "pledged", "", ""}, {"Maya Rensburg", "pledged", "", ""}}},
		{"a reported assurance to every customer",
			"Every passenger will get a full refund, Larkspur Air said.", parties, nil,
			[]brief{{"Larkspur Air", "pledged", "", ""}}},
		{"a forecast about everyone",
			"Every region will get more rain this winter, forecasters said.", parties, nil, nil},
	})
}

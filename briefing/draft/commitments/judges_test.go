package commitments

import "testing"

// TestJudgeApprovingAnotherPartysDeal checks that a judge who approves a
// settlement or a plea deal is drafted as no party to it, while a body
// that approves its own budget, treaty or merger still agrees to it, a
// university's court among them.
func TestJudgeApprovingAnotherPartysDeal(t *testing.T) {
	checkActors(t, []actorCase{
		{"a named justice approves a class settlement",
			"Superior Court Justice Miriam Kowal has approved a $150-million settlement of a class action over the outage.",
			[]string{"Miriam Kowal/person/Superior Court Justice"}, ""},
		{"a judge described by office approves a plea agreement",
			"A federal judge approved the plea agreement on Friday.",
			nil, ""},
		{"a settlement approved by a judge named with his title",
			"The settlement was approved by Judge Ray Ortiz of the Eastern District last week.",
			nil, ""},
		{"a university's governing court approves a merger",
			"The merger plan was approved by the university court in December.",
			nil, "university court"},
		{"a justice minister approves a plan",
			"Justice Minister Ana Ruiz approved the prison building plan on Monday.",
			[]string{"Ana Ruiz/person/Justice Minister"}, "Ana Ruiz"},
		{"a parliament approves a treaty",
			"The Storting approved the border treaty with Sweden on Friday.",
			[]string{"Storting/organisation", "Sweden/country"}, "Storting"},
		{"a board approves a merger",
			"The board of Tarn Mills approved the merger with Holt Paper on Tuesday.",
			[]string{"Tarn Mills/organisation", "Holt Paper/organisation"}, "Tarn Mills"},
	})
}

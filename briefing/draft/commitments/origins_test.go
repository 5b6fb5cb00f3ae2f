package commitments

import "testing"

// TestPublicBodyIsNoOfficersFirm checks that a chief executive whose firm
// the text does not give speaks for the story's firm, not for a body the
// text calls a regulator beside its name, though that body is named more.
func TestPublicBodyIsNoOfficersFirm(t *testing.T) {
	checkActors(t, []actorCase{
		{"the regulator named before its name",
			"Lenders will write off debt if the regulator Ofwat approves higher bills, Thames Valley Water said. Ofwat said it would study the plan. " +
				"Chief executive Chris Weston said the deal gave the firm breathing space and promised that customers would see no change to their service.",
			[]string{"Ofwat/organisation", "Thames Valley Water/organisation", "Chris Weston/person/Chief executive"}, "Chris Weston;Thames Valley Water"},
		{"the regulator named after its name",
			"Ofwat, the regulator, said it would study the plan. Thames Valley Water said it had found a buyer. Ofwat said it would decide in May. " +
				"Chief executive Chris Weston said the deal gave the firm breathing space and promised that customers would see no change to their service.",
			[]string{"Ofwat/organisation", "Thames Valley Water/organisation", "Chris Weston/person/Chief executive"}, "Chris Weston;Thames Valley Water"},
	})
}

// TestStateNamedAsFirmsOrigin checks that "the government" is not a state
// the text names only to say where a firm is from ("the US fund Elliott
// Management"): with no other state named, the minister who reports it
// stands for it.
func TestStateNamedAsFirmsOrigin(t *testing.T) {
	checkActors(t, []actorCase{
		{"a fund's origin",
			"The lenders, led by the US fund Elliott Management, will write off debt. " +
				"Environment Secretary Emma Reynolds said the government would not hesitate to step in if the rescue failed.",
			[]string{"United States|US/country", "Elliott Management/organisation", "Emma Reynolds/person/Environment Secretary"}, "Emma Reynolds"},
		{"a state that acts is still the government",
			"The lenders, led by the US fund Elliott Management, will write off debt. The US has imposed sanctions on the firm's owners. " +
				"Treasury Secretary Ann Cole said the government would not hesitate to step in if the rescue failed.",
			[]string{"United States|US/country", "Elliott Management/organisation", "Ann Cole/person/Treasury Secretary"}, "United States"},
	})
}

// TestBodyCalledByTheNoun checks that "the regulator" is the body the text
// calls a regulator beside its name, before one whose name only fits.
func TestBodyCalledByTheNoun(t *testing.T) {
	checkActors(t, []actorCase{
		{"the regulator named beside its name",
			"The Environment Agency fined Severnvale Water £12m on Tuesday. The wider programme would be submitted to the regulator Ofwat for approval next month. " +
				"A spokesman said the regulator would not allow customers to pay twice.",
			[]string{"Environment Agency/organisation", "Severnvale Water/organisation", "Ofwat/organisation"}, "Ofwat"},
	})
}

package commitments

import "testing"

// TestContentOfADocumentIsNoAnnouncement checks that what a bill, a plan
// or a budget would do, in a relative clause the parser hangs beside its
// noun, is not given to whoever announced the document.
func TestContentOfADocumentIsNoAnnouncement(t *testing.T) {
	parties := []string{"Rafael Iturbe/person", "Halden Council/organisation", "Congress/organisation"}
	runCases(t, []commitmentCase{
		{"a bill sent within a quoted time that would set a rate",
			"Rafael Iturbe said he would send Congress an alternative bill \"within 15 days\" that would set royalties on a sliding scale.",
			parties, nil, []brief{{"Rafael Iturbe", "intends", "", ""}}},
		{"a plan published next month which would close schools",
			"Halden Council said it would publish a plan next month which would close two schools.",
			parties, nil, []brief{{"Halden Council", "intends", "", ""}}},
	})
}

// TestDutiesAreNoCommitments checks that what a party has, needs or is
// required to do is a duty laid on it, while the same duty under the
// terms of an agreement it made is agreed.
func TestDutiesAreNoCommitments(t *testing.T) {
	parties := []string{"Acme Corp/organisation", "Japan/country", "Halden Council/organisation"}
	runCases(t, []commitmentCase{
		{"have to under a bill is a duty", "Under the bill, employers will have to offer staff a fixed contract after 12 weeks.",
			parties, nil, nil},
		{"will have to agree is a duty", "Japan will have to agree to the cuts.", parties, nil, nil},
		{"needs to agree is a need", "Acme Corp needs to agree a new loan with its banks by March.", parties, nil, nil},
		{"would be required to offer is a duty", "Landlords would be required to offer tenants five-year leases.", parties, nil, nil},
		{"have to under a settlement is an agreed term",
			"Under the settlement, Acme Corp will have to offer refunds to customers.", parties, nil,
			[]brief{{"Acme Corp", "agreed", "", ""}}},
	})
}

// TestMeetingsTakePlace checks that what talks, a summit or negotiations
// do is an event, while what a meeting agrees is a commitment of those
// who meet, and that a belief about a signing signs nothing.
func TestMeetingsTakePlace(t *testing.T) {
	parties := []string{"Ostrava/country", "Veldoria/country", "Unite/organisation", "Acme Corp/organisation"}
	runCases(t, []commitmentCase{
		{"talks that resume", "Talks between Ostrava and Veldoria will resume next week.", parties, nil, nil},
		{"a summit that opens", "The summit between Ostrava and Veldoria will open in Geneva on Monday.", parties, nil, nil},
		{"negotiations that go on", "Negotiations between Unite and Acme Corp will continue on Friday.", parties, nil, nil},
		{"a meeting that agrees",
			"A meeting between Unite and Acme Corp agreed to extend the deadline.", parties, nil,
			[]brief{{"Acme Corp;Unite", "agreed", "", ""}}},
		{"a believed signing of a treaty", "Observers believe Ostrava will sign the treaty.", parties, nil, nil},
		{"a signing others think will come", "Diplomats think Veldoria will reach a deal soon.", parties, nil, nil},
	})
}

// TestOwnedCommitmentsMentionedByABelief checks that a commitment noun
// with an owner, which a verb of belief or argument only mentions, was
// made all the same, while talks denied on a condition are a refusal.
func TestOwnedCommitmentsMentionedByABelief(t *testing.T) {
	parties := []string{"Ostrava/country", "Veldoria/country", "Halden Foods/organisation", "Acme Corp/organisation"}
	runCases(t, []commitmentCase{
		{"a decision an argument mentions",
			"Acme Corp argued the contract was voided by Halden Foods' decision to sell its bakery.", parties, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"talks denied on a condition",
			"Ostrava said talks would not resume unless Veldoria withdrew its troops.", parties, nil,
			[]brief{{"Ostrava", "conditional", "", ""}}},
	})
}

package parties

import "testing"

func TestStreetsAreAddresses(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"estate in an address after an age", "Gillian Orme, 58, of Orchard Rise, Hallowby, admitted fraud at Carrowby Crown Court.",
			[]string{"Gillian Orme", "Carrowby Crown Court"}, []string{"Orchard Rise"}},
		{"street with its quarter after it", "Brackwell Energy will open offices at 12 James Street North in May.",
			[]string{"Brackwell Energy"}, []string{"James Street North"}},
		{"street a thing runs along", "Brackwell Energy said 240 lorries a day would use Quarry Lane, and it would pay for a crossing on Quarry Lane.",
			[]string{"Brackwell Energy"}, []string{"Quarry Lane"}},
		{"street naming a junction", "Tarrow Homes agreed to install traffic lights at the Orchard Lane junction.",
			[]string{"Tarrow Homes"}, []string{"Orchard Lane"}},
		{"known street standing for a body stays", "Downing Street said the talks would resume on Monday.",
			[]string{"Downing Street"}, nil},
		{"street that acts stays", "Mill Road voted against the plan on Monday, the council said.",
			[]string{"Mill Road"}, nil},
	})
}

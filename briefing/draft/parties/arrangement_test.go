package parties

import "testing"

// TestArrangementIsADocument checks that an arrangement signed between
// states, and an agreement's title whose fields "and" joins, are
// documents, no parties.
func TestArrangementIsADocument(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"a patrol arrangement named with its acronym",
			"The two defence ministers met in Manila and signed the Joint Maritime Patrol Arrangement (JMPA). Under the Arrangement, the Philippines and Vietnam agreed to hold joint patrols.",
			[]string{"Philippines", "Vietnam"}, []string{"Joint Maritime Patrol Arrangement", "JMPA", "Arrangement"}},
		{"an agreement's title with two fields joined by and",
			"Kazakhstan and Uzbekistan signed the Agreement on the Shared Use and Protection of the Waters of the Syr Darya on Tuesday.",
			[]string{"Kazakhstan", "Uzbekistan"}, []string{"Protection of the Waters of the Syr Darya", "Shared Use"}},
		{"a bill of rights in a list",
			"Mr Chanda said voters would be asked to approve an expanded Bill of Rights, a single seven-year presidential term and a ban on land sales.",
			[]string{"Chanda"}, []string{"Bill of Rights", "Bill"}},
		{"a party after a title and and",
			"Kazakhstan signed the Treaty on Trade and Uzbekistan signed it too.",
			[]string{"Kazakhstan", "Uzbekistan"}, nil},
	})
}

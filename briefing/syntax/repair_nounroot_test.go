package syntax

import "testing"

func TestNounRootRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a list item's modal verb read as a relative clause on its subject is the main verb",
			"- The pensions of store colleagues will not be cut.", "pensions", "cut", "nsubj:pass"},
		{"a finite verb joined to a long noun subject as its conjunct is the main verb",
			"Chile's largest retail and logistics union and the main employers' federation in the sector signed a national wage accord on Thursday that raises minimum pay for about 410,000 workers by 7.5% over two years, but lets either side reopen talks if inflation runs well above forecasts.",
			"union", "signed", "nsubj"},
		{"a verb group set beside a plural noun subject with nothing between them is the main verb",
			"Landlords at six of the sites had rejected a proposal to cut rents by a third.", "Landlords", "rejected", "nsubj"},
	})
}

// TestNounRootKeptAfterVerb checks that a verb joined to a noun root
// stays a conjunct when a verb stands before it or the noun is a
// predicate with its own copula.
func TestNounRootKeptAfterVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ construction, text, word string }{
		{"a verb before the conjunct", "The Competition and Markets Authority has cleared supermarket group Halvorsen's £2.3bn takeover of the convenience chain Brightwell Foods, provided that Halvorsen sells 46 stores in towns where the two chains compete.", "provided"},
		{"a predicate noun with its copula", "He was the person, he and his wife Jan, introduced -- reintroduced me and Laura in his backyard in July of 1977.", "reintroduced"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		if w := s.Words[find(tt.word)]; w.Rel == "root" {
			t.Errorf("%s: %s made the root\n%s", tt.construction, tt.word, dump(s.Words))
		}
	}
}

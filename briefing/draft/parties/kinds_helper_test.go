package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// kindCase is a text and the kind the party of that name must have in its
// draft, named for the construction it tests.
type kindCase struct {
	construction, text, name, kind string
}

// partyIn drafts text and returns the party of that name, failing the case
// when the draft has none.
func partyIn(t *testing.T, construction, text, name string) *briefing.Party {
	t.Helper()
	d := draftDoc(t, text, "2021-03-01")
	p := findParty(d.Parties, name)
	if p == nil {
		t.Errorf("%s: no party %q in %q (parties %v)", construction, name, text, names(d.Parties))
	}
	return p
}

// checkKinds drafts each case and checks the named party's kind.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		if p := partyIn(t, c.construction, c.text, c.name); p != nil && p.Kind != c.kind {
			t.Errorf("%s: %q is a %s, want %s", c.construction, c.name, p.Kind, c.kind)
		}
	}
}

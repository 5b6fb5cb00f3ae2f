package parties

import "testing"

// kindCase is a text and the kind the party of that name must have in its
// draft, named for the construction it tests.
type kindCase struct {
	construction, text, name, kind string
}

// checkKinds drafts each case and checks the named party's kind.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		p := findParty(d.Parties, c.name)
		if p == nil {
			t.Errorf("%s: no party %q in %q (%+v)", c.construction, c.name, c.text, d.Parties)
			continue
		}
		if p.Kind != c.kind {
			t.Errorf("%s: %q is a %s, want %s", c.construction, c.name, p.Kind, c.kind)
		}
	}
}

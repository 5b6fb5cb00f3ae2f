package commitments

import (
	"strings"
	"testing"
)

// TestMembersSpokenForByTheirBodysOfficer checks that the members a body's
// officer speaks of — "our members" in a quotation, or bare "members" in
// reported words — are the body that officer speaks for, and that the
// quoted words keep their own "our".
func TestMembersSpokenForByTheirBodysOfficer(t *testing.T) {
	tests := []actorCase{
		{"our members quoted, the officer named after",
			"The Harbour Workers' Union rejected the offer on Monday. “Our members will walk out on Friday,” its general secretary, Ann Reid, said.",
			[]string{"Harbour Workers' Union/organisation", "Ann Reid/person/general secretary"}, "Ann Reid;Harbour Workers' Union"},
		{"our members quoted, a party's chair speaking",
			"The Farmers' League left the coalition talks. “Our members will not vote for this budget,” said its chair, Piet Vos.",
			[]string{"Farmers' League/organisation", "Piet Vos/person/chair"}, "Farmers' League;Piet Vos"},
		{"bare members after the committee they sit on",
			"The Monetary Policy Committee of the Kardanian National Bank cut rates on Thursday. Members agreed that any further easing would be gradual.",
			[]string{"Monetary Policy Committee of the Kardanian National Bank/organisation"}, "Monetary Policy Committee of the Kardanian National Bank"},
		{"deputies after their assembly and a party",
			"The National Assembly passed the budget on Tuesday with the votes of the Civic Renewal Party. Deputies rejected an opposition amendment that would have exempted homeowners.",
			[]string{"National Assembly/organisation", "Civic Renewal Party/organisation"}, "National Assembly"},
		{"bare members in reported words of the union's officer",
			"The Rail Workers' Union won a guarantee on jobs. The union's regional secretary, Jonas Friis, said members would hold the operator to every word.",
			[]string{"Rail Workers' Union/organisation", "Jonas Friis/person/regional secretary"}, "Rail Workers' Union"},
	}
	checkActors(t, tests)
	d := testDoc(t, tests[0].text, tests[0].parties, nil)
	if cs := Find(d); len(cs) == 0 || !strings.HasPrefix(cs[len(cs)-1].Text, "Our members will walk out") {
		t.Errorf("got %+v, want the quoted words kept: \"Our members will walk out …\"", cs)
	}
}

package parties

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// groupCase is a text, the groups its draft must name and those it must
// not, named for the construction it tests.
type groupCase struct {
	construction, text string
	want, notWant      []string
}

func TestGroups(t *testing.T) {
	cases := []groupCase{
		{"collective subject with a narrowing noun", "Textile workers walked out of the mills on Monday. The workers want a raise.", []string{"Textile workers"}, nil},
		{"superlative and possessive left out", "The region's poorest cotton farmers will lose their land. Cotton farmers have protested for weeks.", []string{"cotton farmers"}, []string{"poorest cotton farmers"}},
		{"proper name owning the group kept", "Ruritania's economic leaders have promised reforms. Critics doubt Ruritania's economic leaders.",
			[]string{"Ruritania's economic leaders"}, []string{"economic leaders"}},
		{"plural possessor saying whose the group is", "Doctors' unions have been negotiating with the ministry for months. The nurses' unions said they would strike.",
			[]string{"Doctors' unions", "nurses' unions"}, []string{"unions", "The nurses' unions"}},
		{"people who poll or commute speaking as a group", "Pollsters said the race was too close to call. Commuters have complained for months.",
			[]string{"Pollsters", "Commuters"}, nil},
		{"quantifier left out", "Some analysts said the plan would fail. Other analysts expect a delay.", []string{"analysts"}, []string{"Some analysts"}},
		{"collective only acted on is no party", "The new tax will hurt small shareholders most.", nil, []string{"small shareholders"}},
		{"passive agent", "The offices were stormed by rebels overnight. The rebels have held the town since May.", []string{"rebels"}, nil},
		{"list of collectives", "Farmers and consumers marched on the capital on Monday. Farmers want lower fuel prices, and consumers fear dearer bread.", []string{"Farmers", "consumers"}, nil},
		{"collective only in a setting is no party", "Prices rose for consumers in the north.", nil, []string{"consumers"}},
		{"collective speaking once is a party", "Analysts said the plan would fail.", []string{"Analysts"}, nil},
		{"a collective named in apposition is the body named", "The club's American owners, Crestline Sports Partners, have pledged to fund a new stand.",
			nil, []string{"American owners"}},
		{"party label before a plural abbreviation for members", "More than 40 Tory MPs signed a letter opposing the plan.",
			[]string{"Tory MPs"}, []string{"Tory"}},
		{"party label the tagger takes for an owner", "Labour MPs said they would vote against the bill.",
			[]string{"Labour MPs"}, nil},
		{"one member of a collective speaking is no act of the collective", "One of the rival bidders, Vestco, said it welcomed the ruling.",
			nil, []string{"rival bidders"}},
		{"a body's members named so act as the body", "RIA director general Anna Petkova said member companies had agreed to waive excesses.",
			nil, []string{"member companies"}},
		{"a body's members voting are the body", "Board members voted for the freeze at a meeting last night. Council members agreed.",
			nil, []string{"Board members", "Council members"}},
		{"rebels of a story that names their movement are the movement", "The rebel Banua Liberation Front freed nine hostages on Sunday. The rebels said they would free the rest.",
			nil, []string{"rebels"}},
		{"rebels of no named movement are a group", "The rebels freed nine hostages on Sunday. The rebels said they would free the rest.",
			[]string{"rebels"}, nil},
		{"a bloc's member states act as states", "Several member states agreed to cut tariffs on Monday.",
			[]string{"member states"}, nil},
		{"a number of a collective speaking is", "Two of the rival bidders said they welcomed the ruling.",
			[]string{"rival bidders"}, nil},
		{"collective acting only in the headline is no party", "Rebels seize border town as talks stall\n\nThe army said on Tuesday that the town had fallen.",
			nil, []string{"Rebels"}},
		{"collective acting in the headline and the story is a party", "Rebels seize border town\n\nThe rebels took the town on Tuesday, the army said.",
			[]string{"Rebels"}, nil},
		{"narrowed collective speaking once is a party", "Foreign investors said the plan would fail.", []string{"Foreign investors"}, nil},
		{"agents speaking once speak for their side", "Senior officials said the plan would fail.", nil, []string{"Senior officials"}},
		{"hyphenated modifier kept whole", "Low-cost airlines have cut fares again. Low-cost airlines will add routes in May.", []string{"Low-cost airlines"}, []string{"cost airlines"}},
		{"counted hyphenated modifier left out", "Its 200-plus textile workers walked out on Monday. The textile workers want a raise.", []string{"textile workers"}, []string{"plus textile workers", "200-plus textile workers"}},
		{"collective doing something once is a party", "Under the deal, Chinese firms will operate 15 oil fields.", []string{"Chinese firms"}, nil},
		{"agents named twice act for their side", "Government lawyers said they would appeal. Government lawyers filed the papers on Monday.", nil, []string{"Government lawyers"}},
		{"office holders acting once act for their side", "The foreign ministers signed the accord on Monday.", nil, []string{"foreign ministers"}},
		{"collective acting once and named again", "Analysts said the plan would fail. The minister met analysts on Friday.", []string{"Analysts"}, nil},
		{"collective named twice that never acts is no party", "The tax hurt pensioners. The minister met pensioners on Friday.", nil, []string{"pensioners"}},
		{"quantity of a collective as the subject", "Thousands of dock workers walked out on Monday. The union called on dock workers to stay calm.",
			[]string{"dock workers"}, []string{"Thousands"}},
		{"comparative narrows a group", "Older people will mount legal challenges. The law protects older people.", []string{"Older people"}, nil},
		{"bare company noun points back", "Firms will have to report their emissions.", nil, []string{"Firms"}},
		{"country's name narrowing a group kept", "The US government sued US tobacco companies in 1999. US tobacco companies denied the claims on Monday.",
			[]string{"US tobacco companies"}, []string{"tobacco companies"}},
		{"people's adjective narrowing a group kept", "Norway raised its fish tax on Monday. Norwegian fish farmers will sell their boats.",
			[]string{"Norwegian fish farmers"}, []string{"fish farmers"}},
		{"prosecutors act for the state", "Prosecutors said they would appeal. Prosecutors filed the papers on Monday.", nil, []string{"Prosecutors"}},
		{"news outlets that report are no group", "Russian news agencies reported that the deal was signed. Russian news agencies quoted the minister.",
			nil, []string{"Russian news agencies"}},
		{"same words in another order name one group", "Former outside directors agreed to pay $5m. Two outside former directors refused, and former directors may appeal.",
			[]string{"Former outside directors"}, []string{"outside former directors"}},
		{"vague noun needs a narrowing word", "People queued for hours. Older people waited longest.", nil, []string{"People"}},
		{"travellers and claimants acting as groups", "Passengers said they would sue the operator. Petitioners asked the court to halt the scheme.",
			[]string{"Passengers", "Petitioners"}, nil},
		{"trades and professions acting as groups", "Pharmacists will contact every patient. Engineers found cracks in the bridge, and retirees protested outside.",
			[]string{"Pharmacists", "Engineers", "retirees"}, nil},
		{"councillors alone stand for their council", "The plan was rejected by councillors on Tuesday. Opposition councillors walked out.",
			[]string{"Opposition councillors"}, []string{"councillors"}},
		{"a body's noun needs a narrowing word", "Businesses said the tax was too high. Small businesses will close.",
			[]string{"Small businesses"}, []string{"Businesses"}},
	}
	checkGroups(t, cases)
}

// checkGroups drafts each case and checks the names of its group parties.
func checkGroups(t *testing.T, cases []groupCase) {
	t.Helper()
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		var got []string
		for _, p := range d.Parties {
			if p.Kind == briefing.KindGroup {
				got = append(got, p.Name)
				got = append(got, p.Aliases...)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: group %q missing in %q (groups %q)", c.construction, w, c.text, got)
			}
		}
		for _, w := range c.notWant {
			if slices.Contains(got, w) {
				t.Errorf("%s: %q is no group in %q (groups %q)", c.construction, w, c.text, got)
			}
		}
	}
}

func TestJoinNarrower(t *testing.T) {
	gs := []briefing.Party{{Name: "firms"}, {Name: "shipping firms"}, {Name: "former directors"}, {Name: "former outside directors"},
		{Name: "investors"}, {Name: "foreign investors"}, {Name: "small investors"}, {Name: "Teachers"}, {Name: "extra teachers"}}
	var names []string
	for _, p := range joinNarrower(gs) {
		names = append(names, p.Name+"="+strings.Join(p.Aliases, "|"))
	}
	want := []string{"shipping firms=firms", "former outside directors=former directors", "investors=", "foreign investors=", "small investors=",
		"Teachers=", "extra teachers="}
	if !slices.Equal(names, want) {
		t.Errorf("joinNarrower = %q, want %q", names, want)
	}
}

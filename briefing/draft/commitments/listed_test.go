package commitments

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// listTerm is one term a list should give: the exact span of the item,
// its actors sorted and joined by ";", its status and deadline; a span
// with no status must give no commitment.
type listTerm struct {
	span, actors, status, deadline string
}

// TestTermsListedAfterAnIntroducer checks that the items of a list after
// a sentence introducing the terms of an agreement, an offer or an
// undertaking are each a commitment of the introducer's actors, with its
// status (conditional for an item that holds only on a condition) and
// the item's own deadline, each span on the item's own line without its
// list mark.
func TestTermsListedAfterAnIntroducer(t *testing.T) {
	tests := []struct {
		name, text string
		parties    []string
		dates      []string
		want       []listTerm
	}{
		{"dashes after what a coalition agreement includes: its sides",
			"The Crofters' Party and the Coast Alliance signed a coalition agreement on Tuesday.\n\nThe coalition agreement includes:\n- 30,000 new council homes by 2031, funded by a levy on holiday lets\n- bus fares frozen until the end of 2028\n- no new tax on fishing quotas during this parliament\n\nThe alliance's leader said the deal was fair.",
			[]string{"Crofters' Party/organisation", "Coast Alliance/organisation"}, []string{"2031=2031", "the end of 2028=2028"},
			[]listTerm{
				{"30,000 new council homes by 2031, funded by a levy on holiday lets", "Coast Alliance;Crofters' Party", "agreed", "2031"},
				{"bus fares frozen until the end of 2028", "Coast Alliance;Crofters' Party", "agreed", "2028"},
				{"no new tax on fishing quotas during this parliament", "Coast Alliance;Crofters' Party", "agreed", ""},
			}},
		{"a party's promises, its verb read as a noun, over items that complete it",
			"The opposition Civic Forward party launched its manifesto on Monday.\n\nCivic Forward promises to:\n- introduce free childcare by September 2027;\n- freeze rail fares for two years.\n\nRivals called the plans unaffordable.",
			[]string{"Civic Forward/organisation"}, []string{"September 2027=2027-09"},
			[]listTerm{
				{"introduce free childcare by September 2027", "Civic Forward", "pledged", "2027-09"},
				{"freeze rail fares for two years", "Civic Forward", "pledged", ""},
			}},
		{"a heading of what a body will do over its acts, an item of two sentences: the body's intentions",
			"Harwick Council declared a flood emergency on Tuesday.\n\nWHAT THE COUNCIL WILL DO\n\n- Open rest centres at the Corn Exchange from 6 p.m. Both will stay open all night.\n- Close the Quay Road car park on Friday.\n\nThe council said roads would reopen soon.",
			[]string{"Harwick Council/organisation"}, []string{"Friday=2021-03-05"},
			[]listTerm{
				{"Open rest centres at the Corn Exchange from 6 p.m", "Harwick Council", "intends", ""},
				{"Close the Quay Road car park on Friday", "Harwick Council", "intends", ""},
			}},
		{"bullets of what is on the table: the offer's maker",
			"Porters at Ellwood General will vote on a new pay offer from the Ellwood Hospitals Trust, the union said.\n\nWhat is on the table:\n• A 4.5% rise on all basic rates, backdated to April\n• A further 2% from January",
			[]string{"Ellwood Hospitals Trust/organisation", "Ellwood General/organisation"}, nil,
			[]listTerm{
				{"A 4.5% rise on all basic rates, backdated to April", "Ellwood Hospitals Trust", "proposed", ""},
				{"A further 2% from January", "Ellwood Hospitals Trust", "proposed", ""},
			}},
		{"what the merged company will do under undertakings: the merging firms, one item on a condition",
			"The regulator cleared the merger of Marren Buses and Tolway Coaches on Monday.\n\nUnder the undertakings, the merged company will:\n- sell its Kelby depot to an approved buyer\n- keep every rural route running, unless the council withdraws its subsidy",
			[]string{"Marren Buses/organisation", "Tolway Coaches/organisation"}, nil,
			[]listTerm{
				{"sell its Kelby depot to an approved buyer", "Marren Buses;Tolway Coaches", "pledged", ""},
				{"keep every rural route running, unless the council withdraws its subsidy", "Marren Buses;Tolway Coaches", "conditional", ""},
			}},
		{"bullets under headings of when they are due: what the council agreed to do",
			"The Ombudsman upheld the complaint against Tallow Council.\n\nThe Council accepted the Ombudsman's findings and agreed to do the following:\n\nWithin one month of the date of the final report:\n• apologise to Mrs X in writing;\n• pay Mrs X £1,750.\n\nWithin three months of the date of the final report:\n• carry out a full inspection of Mrs X's home.\n\nThe Ombudsman said she was pleased.",
			[]string{"Tallow Council/organisation"}, nil,
			[]listTerm{
				{"apologise to Mrs X in writing", "Tallow Council", "agreed", ""},
				{"pay Mrs X £1,750", "Tallow Council", "agreed", ""},
				{"carry out a full inspection of Mrs X's home", "Tallow Council", "agreed", ""},
			}},
		{"items that open with their own verbs under who acts",
			"Indonesia and South Korea held a summit on Thursday.\n\nAccording to the joint statement, the two leaders:\n\n- agreed to set up a dialogue of foreign and defence ministers;\n- pledged to raise two-way trade to $50 billion a year;\n- welcomed a memorandum of understanding.",
			[]string{"Indonesia/country", "South Korea/country"}, nil,
			[]listTerm{
				{"agreed to set up a dialogue of foreign and defence ministers", "Indonesia;South Korea", "agreed", ""},
				{"pledged to raise two-way trade to $50 billion a year", "Indonesia;South Korea", "pledged", ""},
				{"welcomed a memorandum of understanding", "", "", ""},
			}},
		{"numbered items on the introducer's line: what the sides agreed to",
			"Ostrany and Belmora signed a truce on Friday. The two sides agreed to: 1. withdraw troops from the Velka valley by 1 June; 2. exchange all prisoners.",
			[]string{"Ostrany/country", "Belmora/country"}, []string{"1 June=2021-06-01"},
			[]listTerm{
				{"withdraw troops from the Velka valley by 1 June", "Belmora;Ostrany", "agreed", "2021-06-01"},
				{"exchange all prisoners", "Belmora;Ostrany", "agreed", ""},
			}},
		{"lines with no mark under a heading that names the pledges of a party",
			"The Harbour Party launched its manifesto on Monday.\n\nThe Harbour Party's main pledges:\nfree school meals for every primary pupil\na cap on rents in the capital\n\nCritics said the plans were uncosted.",
			[]string{"Harbour Party/organisation"}, nil,
			[]listTerm{
				{"free school meals for every primary pupil", "Harbour Party", "pledged", ""},
				{"a cap on rents in the capital", "Harbour Party", "pledged", ""},
			}},
		{"what the sides agreed, pointed to by the following",
			"Talks in Varna ended on Sunday. Ostrany and Belmora agreed the following:\n- a ceasefire from midnight on Monday\n- talks on the border within a month",
			[]string{"Ostrany/country", "Belmora/country"}, nil,
			[]listTerm{
				{"a ceasefire from midnight on Monday", "Belmora;Ostrany", "agreed", ""},
				{"talks on the border within a month", "Belmora;Ostrany", "agreed", "2020-09"},
			}},
		{"the following measures a deal includes: the sides of the deal",
			"Kelby Council and the Marren Trust signed a deal on Monday. The deal includes the following measures:\n1. a new library in Tolway\n2. longer opening hours at the museum",
			[]string{"Kelby Council/organisation", "Marren Trust/organisation"}, nil,
			[]listTerm{
				{"a new library in Tolway", "Kelby Council;Marren Trust", "agreed", ""},
				{"longer opening hours at the museum", "Kelby Council;Marren Trust", "agreed", ""},
			}},
		{"what a deal commits its sides to",
			"The accord, signed in Varna on Monday, commits Ostrany and Belmora to:\n- open two crossings by March\n- share data on the river's flow",
			[]string{"Ostrany/country", "Belmora/country", "Varna/place"}, []string{"March=2021-03"},
			[]listTerm{
				{"open two crossings by March", "Belmora;Ostrany", "pledged", "2021-03"},
				{"share data on the river's flow", "Belmora;Ostrany", "pledged", ""},
			}},
		{"paragraphs with no mark, as a web page's list becomes text",
			"The Crofters' Party and the Coast Alliance signed a coalition agreement on Tuesday.\n\nThe coalition agreement includes:\n\n30,000 new council homes by 2031, funded by a levy on holiday lets\n\nbus fares frozen until the end of 2028\n\nThe alliance's leader said the deal was fair.",
			[]string{"Crofters' Party/organisation", "Coast Alliance/organisation"}, []string{"2031=2031", "the end of 2028=2028"},
			[]listTerm{
				{"30,000 new council homes by 2031, funded by a levy on holiday lets", "Coast Alliance;Crofters' Party", "agreed", "2031"},
				{"bus fares frozen until the end of 2028", "Coast Alliance;Crofters' Party", "agreed", "2028"},
			}},
		{"a heading and prose end a list with no mark",
			"Ostrany and Belmora signed a truce on Sunday. The truce includes:\n\na ceasefire from Monday\n\nWhat happens next\n\nObservers doubt the truce will hold",
			[]string{"Ostrany/country", "Belmora/country"}, nil,
			[]listTerm{
				{"a ceasefire from Monday", "Belmora;Ostrany", "agreed", ""},
				{"What happens next", "", "", ""},
				{"Observers doubt the truce will hold", "", "", ""},
			}},
		{"what an agreement will do: its terms, its sides'",
			"Kelby Council and the Marren Trust signed an agreement on Monday. The agreement will:\n- keep the museum open on Sundays\n- return the Tolway hoard to Kelby by 2030",
			[]string{"Kelby Council/organisation", "Marren Trust/organisation", "Kelby/place"}, []string{"2030=2030"},
			[]listTerm{
				{"keep the museum open on Sundays", "Kelby Council;Marren Trust", "agreed", ""},
				{"return the Tolway hoard to Kelby by 2030", "Kelby Council;Marren Trust", "agreed", "2030"},
			}},
		{"what a body said it would do: its own acts",
			"The regulator fined Tindro €20m on Monday.\n\nIn a statement, Tindro said it would:\n- verify the age of every new user from January;\n- delete the accounts of children within 30 days; and\n- publish an audit by the end of the year.",
			[]string{"Tindro/organisation"}, []string{"January=2021-01", "the end of the year=2020"},
			[]listTerm{
				{"verify the age of every new user from January", "Tindro", "intends", ""},
				{"delete the accounts of children within 30 days", "Tindro", "intends", "2020-09-30"},
				{"publish an audit by the end of the year", "Tindro", "intends", "2020"},
			}},
		{"a refusal: what the board would not agree to",
			"The Kestrel Group board met the union on Monday. The board would not agree to:\n- a four-day week\n- an end to weekend shifts",
			[]string{"Kestrel Group/organisation"}, nil,
			[]listTerm{
				{"a four-day week", "Kestrel Group", "refused", ""},
				{"an end to weekend shifts", "Kestrel Group", "refused", ""},
			}},
		{"sentences after the measures a ministry announced, its day before the colon: the ministry's",
			"Pharmacies have struggled since the floods. The Health Ministry announced the following measures on Tuesday:\n- Pharmacies will stay open until 10pm from next month.\n- Prescription charges will be frozen for two years.\n- Every clinic will hire two extra nurses.",
			[]string{"Health Ministry/organisation"}, nil,
			[]listTerm{
				{"Pharmacies will stay open until 10pm from next month", "Health Ministry", "intends", ""},
				{"Prescription charges will be frozen for two years", "Health Ministry", "intends", ""},
				{"Every clinic will hire two extra nurses", "Health Ministry", "intends", ""},
			}},
		{"bullets under a heading with no colon that names what an offer includes: the offer's maker",
			"Dunmore Ferries has made a new pay offer to the crew union.\n\nWhat the offer includes\n\n- A 5% rise on all basic rates, backdated to 1 May\n- A further 2% from 1 January\n\nThe union will ballot its members next week.",
			[]string{"Dunmore Ferries/organisation"}, nil,
			[]listTerm{
				{"A 5% rise on all basic rates, backdated to 1 May", "Dunmore Ferries", "proposed", ""},
				{"A further 2% from 1 January", "Dunmore Ferries", "proposed", ""},
			}},
		{"clauses after what two bodies agreed with \"that\": the bodies' agreement, not each clause's plan",
			"Harmoor College and Kingsgate College will merge.\n\nBoth governing bodies have agreed that:\n- both main campuses will remain open;\n- there will be no compulsory redundancies before 31 July 2030;\n- tuition fees will not change as a result of the merger.\n\nA consultation will run from January.",
			[]string{"Harmoor College/organisation", "Kingsgate College/organisation"}, []string{"31 July 2030=2030-07-31"},
			[]listTerm{
				{"both main campuses will remain open", "Harmoor College;Kingsgate College", "agreed", ""},
				{"there will be no compulsory redundancies before 31 July 2030", "Harmoor College;Kingsgate College", "agreed", "2030-07-31"},
				{"tuition fees will not change as a result of the merger", "Harmoor College;Kingsgate College", "agreed", ""},
			}},
		{"items that open with the \"to\" or \"that\" of what two sides agreed, whatever clauses they hold",
			"The trade minister of Kavran met the commerce secretary of Delmar in Geneva on Friday.\n\nFollowing the discussions, the two sides agreed:\n- to establish a joint working group, which will hold its first meeting in January;\n- that Delmar will postpone the planned tariff increase for 90 days.\n\nThe minister thanked the Government of Norway for hosting the talks. The two sides agreed to meet again in Oslo in March.",
			[]string{"Kavran/country", "Delmar/country", "Norway/country"}, nil,
			[]listTerm{
				{"to establish a joint working group, which will hold its first meeting in January", "Delmar;Kavran", "agreed", ""},
				{"that Delmar will postpone the planned tariff increase for 90 days", "Delmar;Kavran", "agreed", ""},
				{"The two sides agreed to meet again in Oslo in March", "Delmar;Kavran", "agreed", ""},
			}},
		{"dashes under a heading naming the terms of a truce: its sides",
			"Kavran and Delmar signed a truce in Geneva on Friday.\n\nTerms of the truce\n- prisoners exchanged by the Red Cross\n- the border crossings reopened to trade",
			[]string{"Kavran/country", "Delmar/country"}, nil,
			[]listTerm{
				{"prisoners exchanged by the Red Cross", "Delmar;Kavran", "agreed", ""},
				{"the border crossings reopened to trade", "Delmar;Kavran", "agreed", ""},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text, tt.parties, tt.dates)
			got := Find(d)
			for _, w := range tt.want {
				c, ok := withSpan(tt.text, got, w.span)
				if w.status == "" {
					if ok {
						t.Errorf("a commitment on %q, which is no item: %v", w.span, c)
					}
					continue
				}
				if !ok {
					t.Errorf("no commitment on %q; got %v", w.span, got)
					continue
				}
				checkSpans(t, d, c)
				actors := append([]string(nil), c.Actors...)
				sortStrings(actors)
				if a := strings.Join(actors, ";"); a != w.actors || c.Status != w.status || c.Deadline != w.deadline {
					t.Errorf("%q: actors %q status %q deadline %q, want %q %q %q", w.span, a, c.Status, c.Deadline, w.actors, w.status, w.deadline)
				}
			}
		})
	}
}

// TestListsThatAreNoTerms checks that a list after a line that introduces
// no commitment's terms (signatories, reactions, demands, victims,
// results, related stories, key points, a quotation) gives no commitment
// on its items.
func TestListsThatAreNoTerms(t *testing.T) {
	tests := []struct{ name, text string }{
		{"who signed", "The accord was signed on Friday. Who signed the accord:\n- Dorian Vale, for Ostrany\n- Mira Senn, for Belmora"},
		{"reactions to a deal", "Ostrany and Belmora signed a truce. Reactions to the deal:\n- relief in the border towns\n- anger among exiles"},
		{"a union's demands", "Talks resumed on Monday. The union's demands include:\n- a 10% pay rise for cleaners\n- no compulsory redundancies"},
		{"victims", "Two people died in the crash. The victims were:\n- a 34-year-old man from Kelby\n- a woman in her sixties"},
		{"results", "The league resumed on Saturday.\n\nResults:\n- Kelby Town 2 Marren Rovers 1\n- Tolway 0 Ellwood 3"},
		{"related stories", "Bus fares will rise in May.\n\nRead more:\n- Bus fares to rise by 5% next year\n- How the new routes work"},
		{"key points", "The bill passed on Thursday.\n\nKey points:\n- a vote of 38 to 31\n- twelve months for platforms to comply"},
		{"a quotation", "The minister spoke after the vote. The minister said:\n- fares are too high\n- services are too slow"},
		{"key points under a heading with no colon", "The bill passed on Thursday.\n\nKey points\n- a vote of 38 to 31\n- twelve months for platforms to comply"},
		{"an item that ends in a verb of planning is no heading of the items after it", "The coalition agreement was signed on Monday.\n\nWhat else happened\n- The Kelby bypass, to open in 2029, a year later than planned\n- a storm closed the Tolway bridge\n- a fire at the Ellwood depot"},
		{"measures announced by others", "The council met on Monday. Residents announced these demands:\n- fares are too high\n- services are too slow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text, nil, nil)
			for _, c := range Find(d) {
				for _, sp := range c.Spans {
					if line := lineOf(tt.text, sp.Start); strings.HasPrefix(line, "- ") {
						t.Errorf("commitment %q on a list item %q", c.Text, line)
					}
				}
			}
		})
	}
}

// withSpan returns the commitment whose span is exactly the text given.
func withSpan(src string, cs []briefing.Commitment, span string) (briefing.Commitment, bool) {
	for _, c := range cs {
		if len(c.Spans) == 1 && src[c.Spans[0].Start:c.Spans[0].End] == span {
			return c, true
		}
	}
	return briefing.Commitment{}, false
}

// lineOf returns the line of src that byte k is on.
func lineOf(src string, k int) string {
	start := strings.LastIndexByte(src[:k], '\n') + 1
	end := strings.IndexByte(src[k:], '\n')
	if end < 0 {
		return src[start:]
	}
	return src[start : k+end]
}

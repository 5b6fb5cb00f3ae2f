package parties

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestFits(t *testing.T) {
	org, per := briefing.KindOrganisation, briefing.KindPerson
	cases := []struct {
		construction, short, long, shortKind, longKind string
		want                                           bool
	}{
		{"organisation without its last words", "Halvard", "Halvard Group", org, org, true},
		{"organisation without its first words", "Harbour Trust", "Northern Harbour Trust Fund", "", org, true},
		{"surname of several words", "De Marco", "Luisa De Marco", per, per, true},
		{"first name is no surname", "Luisa", "Luisa De Marco", per, per, false},
		{"kinds differ", "Halvard", "Halvard Group", per, org, false},
		{"words not in a row", "Halvard Fund", "Halvard Group Fund", org, org, false},
		{"a headline's body word in lower case", "Waiora council", "Waiora Regional Council", org, org, true},
		{"a body word in lower case of another body", "Waiora board", "Waiora Regional Council", org, org, false},
	}
	for _, c := range cases {
		if got := fits(strings.Fields(c.short), strings.Fields(c.long), c.shortKind, c.longKind); got != c.want {
			t.Errorf("%s: fits(%q, %q) = %v, want %v", c.construction, c.short, c.long, got, c.want)
		}
	}
}

// TestOnePartyPerEntity checks that a name, its acronym defined in the
// text and its shortened forms make one party.
func TestOnePartyPerEntity(t *testing.T) {
	text := "The World Trade Organisation (WTO) said on Monday it would review the case. " +
		"Officials at the WTO declined to say more. Halvard Group, a shipping firm, filed the complaint. " +
		"Halvard said it would wait. Planning Minister Luisa De Marco backed the firm, and Ms De Marco later met officials."
	d := draftDoc(t, text, "2021-03-01")
	count := map[string]int{}
	for _, p := range d.Parties {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			count[n]++
		}
	}
	for _, n := range []string{"WTO", "Halvard", "De Marco"} {
		if count[n] > 1 {
			t.Errorf("%q names %d parties, want one: %+v", n, count[n], d.Parties)
		}
	}
	for _, name := range []string{"Halvard Group", "Luisa De Marco"} {
		if findParty(d.Parties, name) == nil {
			t.Errorf("party %q not found in %+v", name, d.Parties)
		}
	}
}

// TestAcronymBeforeItsExpansion checks that an acronym followed by the
// words it stands for in brackets names one party.
func TestAcronymBeforeItsExpansion(t *testing.T) {
	d := draftDoc(t, "The plane maker VTR (Vions de Transport Regional) will deliver 20 aircraft. VTR said the deal was worth $300m.", "2021-03-01")
	p := findParty(d.Parties, "Vions de Transport Regional")
	if p == nil || len(d.Parties) != 1 || !slices.Contains(p.Aliases, "VTR") {
		t.Errorf("want one party Vions de Transport Regional with alias VTR, got %+v", d.Parties)
	}
}

// TestAcronymWidensName checks that an acronym defined in brackets makes
// the name it abbreviates whole when small words cut it.
func TestAcronymWidensName(t *testing.T) {
	cases := []struct {
		construction, text, name, acr string
	}{
		{"and inside the name", "Shares of Coal and Northern Power Company (CNPC) fell. CNPC said it would appeal.", "Coal and Northern Power Company", "CNPC"},
		{"for inside the name", "The Campaign for Clean Rivers (CCR) sued the council. CCR said the river was dying.", "Campaign for Clean Rivers", "CCR"},
		{"of inside the name", "The Institute of Directors (IoD) said members were wary. The IoD wants lower taxes.", "Institute of Directors", "IoD"},
		{"the acronym of the name in its own language", "The centre-right Civic Union (BU) won 31 seats. The BU will take five ministries.", "Civic Union", "BU"},
		{"a comma inside the name", "The Services, Transport and Aviation Workers' Union (STAWU) called a strike. STAWU said talks had failed.", "Services, Transport and Aviation Workers' Union", "STAWU"},
		{"an acronym written in lower case after its capital", "The National Organisation for Tarn Affairs (Nota) will pay the claims. Nota said so on Monday.", "National Organisation for Tarn Affairs", "Nota"},
		{"in inside the name", "Chad's government and the rebel Front for Renewal in the North (FRN) agreed a ceasefire. The FRN would withdraw from the town.", "Front for Renewal in the North", "FRN"},
		{"the acronym in its own language of a name opened by its body's word", "The Confederation of Indigenous Peoples of the South (COPIS) rejected the veto. COPIS called road blockades.", "Confederation of Indigenous Peoples of the South", "COPIS"},
		{"the acronym in its own language of a name holding its body's word before \"of\"", "The National Federation of Hospital Doctors (FNMH) ended its strike. The FNMH will meet the minister.", "National Federation of Hospital Doctors", "FNMH"},
		{"the acronym in its own language of a name holding its body's word before \"for\"", "The Popular Front for the Renaissance (FPR) released 214 children. The FPR signed a pledge.", "Popular Front for the Renaissance", "FPR"},
		{"the acronym in its own language written in lower case after its capital", "The list was approved by the Chamber of Foreign Trade (Camex). Camex said it would review it.", "Chamber of Foreign Trade", "Camex"},
		{"a translated statistics office", "The National Statistics Institute (INSEE) said spending rose. INSEE revised its figures.", "National Statistics Institute", "INSEE"},
	}
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		p := findParty(d.Parties, c.name)
		if p == nil {
			t.Errorf("%s: party %q not found in %v", c.construction, c.name, names(d.Parties))
			continue
		}
		if !slices.Contains(p.Aliases, c.acr) {
			t.Errorf("%s: %q has aliases %q, want %q among them", c.construction, c.name, p.Aliases, c.acr)
		}
		for _, q := range d.Parties {
			if q.Name != p.Name && (q.Name == c.acr || slices.Contains(q.Aliases, c.acr)) {
				t.Errorf("%s: %q also names %q", c.construction, c.acr, q.Name)
			}
		}
	}
}

// TestPossessiveInsideName checks that a possessive word for people inside
// an organisation's name stays in it, and that a possessive country or
// person ends the name.
func TestPossessiveInsideName(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"people's inside a front's name", "The Ogaden People's Liberation Front said it would talk.", []string{"Ogaden People's Liberation Front"}, []string{"Liberation Front"}},
		{"worker's inside a union's name", "The National Mine Worker's Union called a strike.", []string{"National Mine Worker's Union"}, nil},
		{"an office's possessive before its staff's word", "The Tarn County Sheriff's Office said it would review the footage.", []string{"Tarn County Sheriff's Office"}, []string{"Tarn County Sheriff"}},
		{"an office's possessive before a court's word", "The jury at Manchester Coroner's Court concluded on Friday that officers had failed.", []string{"Manchester Coroner's Court"}, []string{"Manchester Coroner"}},
		{"a queen's possessive before a university's word", "Queen's University Belfast said it would cut 200 jobs.", []string{"Queen's University Belfast"}, []string{"University Belfast"}},
		{"possessive country ends the name", "Norway's Labour Party won the vote.", []string{"Labour Party"}, []string{"Norway's Labour Party"}},
	})
}

// TestHeadOfABodyNamedAfterItsPlace checks that "the City" or "the Bank"
// shortens the body named "City of …" or "Bank of …" when another name
// only starts with the word ("City Hall"), and stays apart when the word
// heads another body's name too ("African Development Bank").
func TestHeadOfABodyNamedAfterItsPlace(t *testing.T) {
	d := draftDoc(t, "The manager declared an emergency for the City of Grand Rapids on Thursday. "+
		"The mayor will close City Hall on Friday. The City will plow every street by Friday.", "2021-03-01")
	if p := findParty(d.Parties, "City of Grand Rapids"); p == nil || !slices.Contains(p.Aliases, "City") {
		t.Errorf("\"the City\" is no short form of the City of Grand Rapids: %+v", d.Parties)
	}
	if p := findParty(d.Parties, "City Hall"); p != nil && slices.Contains(p.Aliases, "City") {
		t.Errorf("\"the City\" taken for City Hall: %+v", p)
	}
	d = draftDoc(t, "The African Development Bank will lend the money. Bidders need a guarantee from a bank licensed by the Bank of Ghana. "+
		"The Bank has agreed to finance 80 per cent of the cost.", "2021-03-01")
	if p := findParty(d.Parties, "Bank of Ghana"); p != nil && slices.Contains(p.Aliases, "Bank") {
		t.Errorf("\"the Bank\" taken for the Bank of Ghana when it heads the African Development Bank too: %+v", p)
	}
}

// TestImperativeOpensNoName checks that the verb of an order or a list's
// item is no part of the name it acts on, while a name that opens its
// sentence stays whole.
func TestImperativeOpensNoName(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"a list item's verb before a building", "The council said:\n\n- Close City Hall and all council offices on Friday.\n- Suspend bin collections.",
			[]string{"City Hall"}, []string{"Close City Hall"}},
		{"an order before a firm", "Contact Halvard Group if your fryer overheats, the regulator said.",
			[]string{"Halvard Group"}, []string{"Contact Halvard Group"}},
		{"a firm's name that the parse may read as a verb", "Calloway Therapeutics will host a call on Monday.",
			[]string{"Calloway Therapeutics"}, nil},
	})
}

// TestOffHead checks when a word for an institution shortens a longer
// name: as the word before "of" when that word is one for a body, else as
// its last word too.
func TestOffHead(t *testing.T) {
	cases := []struct {
		construction, short, long string
		off                       bool
	}{
		{"an institution's field ending in the word", "Government", "Ministry of Housing, Communities and Local Government", true},
		{"the word inside another body's name", "Government", "Local Government Association", true},
		{"the word before a body's field", "Department", "Department for Science", false},
		{"a place's authority ending in the word", "Authority", "Port of Kilbrannan Authority", false},
	}
	for _, c := range cases {
		if got := offHead(strings.Fields(c.short), strings.Fields(c.long)); got != c.off {
			t.Errorf("%s: offHead(%q, %q) = %v, want %v", c.construction, c.short, c.long, got, c.off)
		}
	}
}

// TestFirstOfTwoSurnames checks that the first of a person's two surnames,
// alone, names that person ("Quispe" for "Rosa Quispe Mendoza"), and that
// a word two people share as a middle name names neither.
func TestFirstOfTwoSurnames(t *testing.T) {
	d := draftDoc(t, "Health Minister Rosa Talavera Mendoza said the doses would arrive by August. A senator said she would summon Talavera next week.", "2026-06-09")
	if p := findParty(d.Parties, "Rosa Talavera Mendoza"); p == nil || !slices.Contains(p.Aliases, "Talavera") {
		t.Errorf("want Rosa Talavera Mendoza with alias Talavera, got %v", names(d.Parties))
	}
	d = draftDoc(t, "President Lucia Arredondo Paz signed the decree. President Arredondo said wages would rise.", "2026-06-09")
	if p := findParty(d.Parties, "Lucia Arredondo Paz"); p == nil || !slices.Contains(p.Aliases, "Arredondo") {
		t.Errorf("want Lucia Arredondo Paz with alias Arredondo after a title, got %v", names(d.Parties))
	}
	d = draftDoc(t, "Rear Admiral Inés Cárdenas Olaya of Peru signed the deal. Cárdenas, a former commander of the coastguard, said Lima accepted.", "2026-12-07")
	if p := findParty(d.Parties, "Inés Cárdenas Olaya"); p == nil || !slices.Contains(p.Aliases, "Cárdenas") {
		t.Errorf("want Inés Cárdenas Olaya, a given name with an accent, with alias Cárdenas, got %v", names(d.Parties))
	}
	d = draftDoc(t, "Ana Talavera Ruiz and Luis Talavera Gomez signed the lease. Talavera said the rent was fair.", "2026-06-09")
	for _, n := range []string{"Ana Talavera Ruiz", "Luis Talavera Gomez"} {
		if p := findParty(d.Parties, n); p != nil && slices.Contains(p.Aliases, "Talavera") {
			t.Errorf("%q took the shared surname Talavera as its alias", n)
		}
	}
}

// TestBodyNameWithoutItsMiddleWord checks that a body's name of two words
// that leaves out the middle one of its full name is an alias of it, while
// two parties whose names differ so stay apart.
func TestBodyNameWithoutItsMiddleWord(t *testing.T) {
	for _, c := range []struct {
		construction, text string
		want               int
	}{
		{"an alliance", "The Aurora Shipping Alliance pledged on Monday to cut emissions. The Aurora Alliance will publish its first report in March 2027.", 1},
		{"a bank", "Harbor Pacific Bank agreed to pay $12m. Harbor Bank said it would appeal.", 1},
		{"two political parties", "The National Liberal Party won. The National Party said it would oppose the bill.", 2},
		{"a club named before its fans' group", "Ferris United were fined on Monday. Ferris Fans United said the club would appeal.", 2},
	} {
		d := draftDoc(t, c.text, "2026-03-10")
		if len(d.Parties) != c.want {
			t.Errorf("%s: %d parties %+v, want %d", c.construction, len(d.Parties), d.Parties, c.want)
		}
	}
}

// TestFriendsOfAThing checks that "Friends of …" opening a sentence is the
// whole name of a body, and the thing it is named after no alias of it.
func TestFriendsOfAThing(t *testing.T) {
	d := draftDoc(t, "A judge ordered Brennmoor Borough Council to reopen Eastgate library. Friends of Eastgate Library, which brought the case, said it would offer volunteers.", "2026-11-27")
	for _, p := range d.Parties {
		if strings.Contains(p.Name, "Eastgate") && (p.Name != "Friends of Eastgate Library" || len(p.Aliases) > 0) {
			t.Errorf("party %q aliases %v, want \"Friends of Eastgate Library\" with none", p.Name, p.Aliases)
		}
	}
	if !slices.ContainsFunc(d.Parties, func(p briefing.Party) bool { return p.Name == "Friends of Eastgate Library" }) {
		t.Errorf("no Friends of Eastgate Library in %+v", d.Parties)
	}
}

// A state named as a place ("the State of Amazonas") is no short name of a
// body named after it, so the governor is no officer of that body.
func TestStateNamedAsPlaceIsNoShortName(t *testing.T) {
	checkPeople(t, []personCase{
		{"a governor of a state that names an agency too",
			"The governor of the State of Amazonas, Raimundo Barros de Albuquerque, said he would not comply. The licence granted by the Amazonas Environmental Protection Institute (IPAAM) failed to assess the impact. \"Amazonas is not a colony of Brasília,\" Barros de Albuquerque said.",
			"Raimundo Barros de Albuquerque", "governor of the State of Amazonas", ""},
	})
}

// TestBodiesOfBodiesAreTheirOwn checks that a body's organ named "X of Y"
// and a body named with a name before another body's name are parties of
// their own, not the longer names of the bodies they contain.
func TestBodiesOfBodiesAreTheirOwn(t *testing.T) {
	text := "The University of Hartmoor announced today that it will merge with Kingsgate University. " +
		"The Council of the University of Hartmoor and the Board of Governors of Kingsgate University each voted in favour on Friday. " +
		"The merged university will be called Hartmoor Kingsgate University. Kingsgate University reported a deficit last year."
	d := draftDoc(t, text, "2026-12-07")
	for _, name := range []string{"University of Hartmoor", "Kingsgate University", "Council of the University of Hartmoor", "Hartmoor Kingsgate University"} {
		if p := findParty(d.Parties, name); p == nil || p.Name != name {
			t.Errorf("%s is no party of its own (parties %v)", name, names(d.Parties))
		}
	}
}

package parties

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// roleIn parses sentence and returns the office roleOf gives the person
// written name in it.
func roleIn(t *testing.T, sentence, name string) string {
	t.Helper()
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := m.Analyze(sentence, 0, len(sentence))
	at := strings.Index(sentence, name)
	if at < 0 {
		t.Fatalf("%q not in %q", name, sentence)
	}
	first, last := -1, -1
	for k, w := range s.Words {
		if w.Start >= at && w.End <= at+len(name) {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return roleOf(gazetteer.Load(), &s, first, last)
}

// roleCase is a sentence and the office roleOf must give the person
// written name in it, named for the construction it tests.
type roleCase struct {
	construction, sentence, name, role string
}

// checkRoles parses each case's sentence and checks the office of its name.
func checkRoles(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, c := range cases {
		if got := roleIn(t, c.sentence, c.name); !strings.EqualFold(got, c.role) {
			t.Errorf("%s: role of %q in %q = %q, want %q", c.construction, c.name, c.sentence, got, c.role)
		}
	}
}

func TestRoleOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{"apposition after the name", "Marta Velez, head of research at the fund, said the plan was late.", "Marta Velez", "head of research at the fund"},
		{"apposition with a possessive owner", "\"We will appeal,\" Oskar Lind, the union's general secretary, told reporters.", "Oskar Lind", "general secretary"},
		{"apposition with an of phrase", "Petra Holm, chairwoman of the Nordic Grain Board, resigned on Tuesday.", "Petra Holm", "chairwoman of the Nordic Grain Board"},
		{"apposition with a party word", "Dale Fisk, a Republican senator, said he would vote against it.", "Dale Fisk", "Republican senator"},
		{"apposition that only says a person", "Scott Richter, the man behind Vexmail.com, said lawsuits had forced the firm into bankruptcy.", "Scott Richter", ""},
		{"office of two words before the name", "The authority's chief executive, Tobias Renn, said the offer was fair.", "Tobias Renn", "chief executive"},
		{"possessive inside the office's of phrase", "Mara Quist, general secretary of the Dockers' Union, spoke.", "Mara Quist", "general secretary of the Dockers' Union"},
		{"name in apposition to the office", "The country's energy minister, Tomas Varga, signed the accord.", "Tomas Varga", "energy minister"},
		{"title before the name", "Company spokesman Ivan Petrov declined to comment.", "Ivan Petrov", "spokesman"},
		{"qualifier kept before a title", "Former President Ana Lucia Rocha will lead the delegation.", "Ana Lucia Rocha", "Former President"},
		{"ex- kept before a title", "The fund was set up by ex-President Jonas Brekke in 1998.", "Jonas Brekke", "ex-President"},
		{"qualifier kept before an organisation's office", "Former Norvik chief executive Lena Sorensen is to face trial.", "Lena Sorensen", "Former chief executive"},
		{"possessive owner before the office", "Britain's finance minister Gordon Fell spoke first.", "Gordon Fell", "finance minister"},
		{"portfolio words joined by and", "Trade and Industry Secretary Helen Marsh said firms would adapt.", "Helen Marsh", "Trade and Industry Secretary"},
		{"two offices joined by and", "The talks sped up after the firm's chairman and chief executive Rolf Amsel resigned.", "Rolf Amsel", "chairman and chief executive"},
		{"deputy kept", "Deputy Prime Minister Karel Novak rejected the offer.", "Karel Novak", "Deputy Prime Minister"},
		{"honorific is no office", "Mr Harlan Teague said the mine would close.", "Harlan Teague", ""},
		{"Sir is no office", "Sir Miles Avery welcomed the ruling.", "Miles Avery", ""},
		{"copula with an office", "Nadia Sahin is chief economist at the bank.", "Nadia Sahin", "chief economist"},
		{"two-word party label before the office is kept whole", "Christian Democrat leader Karl Weiss said his party would not join.", "Karl Weiss", "Christian Democrat leader"},
		{"two-word party label after a demonym", "The German Free Democrat leader Ulla Brandt resigned.", "Ulla Brandt", "Free Democrat leader"},
		{"first name of a list in apposition to a plural office", "The two foreign ministers, Retno Pradana of Indonesia and Nguyen Thi Lan of Vietnam, signed the accord.", "Retno Pradana", "foreign minister of Indonesia"},
		{"second name of a list in apposition to a plural office", "The two foreign ministers, Retno Pradana of Indonesia and Nguyen Thi Lan of Vietnam, signed the accord.", "Nguyen Thi Lan", "foreign minister of Vietnam"},
		{"list in apposition to a plural office without owners", "Its two founders, Ada Brix and Tom Hale, left in May.", "Tom Hale", "founder"},
		{"name after a plural office and a comma, then its verb, has no office", "The bank hired more managers, Ada Brix said on Monday.", "Ada Brix", ""},
		{"plural office before a list of names", "The two new directors are Amir Haddad and Rosa Lind.", "Rosa Lind", "director"},
		{"passing adjective dropped", "New coach Ben Ostrow named his squad.", "Ben Ostrow", "coach"},
		{"a hyphenated word for the holder is dropped", "The talks were led by long-serving leader Oskar Brenn.", "Oskar Brenn", "leader"},
		{"office of two words after a possessive after the name", "Ivo Marsh, Kestrel's chief executive, said the results were good.", "Ivo Marsh", "chief executive"},
		{"two offices after a possessive after the name", "Ida Vance, Torrent's chairman and chief executive, said the deal was good.", "Ida Vance", "chairman and chief executive"},
		{"the outgoing holder still holds the office", "Outgoing Prime Minister Aldo Verin conceded defeat.", "Aldo Verin", "Prime Minister"},
		{"time word is no office", "Yesterday Carla Benn said the deal was off.", "Carla Benn", ""},
		{"hyphenated office before the name and a comma", "The Council's secretary-general, Amadou Reyes, said the observers would report weekly.", "Amadou Reyes", "secretary-general"},
		{"parliamentary office of two words before the name", "The bill passed, and Chief Whip Helen Acre said the rebels would keep the whip.", "Helen Acre", "Chief Whip"},
		{"a name listed after another name has no office", "The panel heard Carla Benn, Amadou Reyes, and two others.", "Amadou Reyes", ""},
		{"of phrase holding a hyphenated adjective is never cut inside it", "The head of the Latvian state-owned Ventar company, Juris Kalns, said supplies would go on.", "Juris Kalns", "head of the Latvian state-owned Ventar company"},
		{"of phrase ending at a hyphenated word keeps it whole", "Ilse Brandt, head of the Baltic cross-border, said the talks would go on.", "Ilse Brandt", "head of the Baltic cross-border"},
		{"apposition naming another party is no office", "Police have detained veteran dissident Li Bowen, the London-based pressure group Free Voices said on Saturday.", "Li Bowen", "dissident"},
		{"of phrase ending on a kind of organisation keeps its name", "Jo Marsh, spokesman for e-mail software firm Kestrel said firms were slow to act.", "Jo Marsh", "spokesman for e-mail software firm Kestrel"},
		{"office in apposition before a name with a capitalised title", "The Greens' transport spokesperson, Senator Jo Steele, said the party would back it.", "Jo Steele", "transport spokesperson"},
		{"office in lower case before the name after an apposition stays", "The prosecution's star witness, former financial chief Sam Sollers, said so.", "Sam Sollers", "former financial chief"},
		{"office with the field it covers before the name", "The firm's head of research Ilona Marek said the trial was halted.", "Ilona Marek", "head of research"},
		{"qualified office with its field before the name", "Former director of football Rhys Cole was suspended.", "Rhys Cole", "Former director of football"},
		{"office with a participle inside after the name", "Lena Ostrova, managing director of the shipyard, said orders were up.", "Lena Ostrova", "managing director of the shipyard"},
		{"portfolio words joined by and after the name", "Rajan Mehta, Commerce and Industry Minister, announced the decision.", "Rajan Mehta", "Commerce and Industry Minister"},
		{"an ordinary noun after a comma is no office", "Carla Benn, the company said, will stay on.", "Carla Benn", ""},
	})
}

func TestFuller(t *testing.T) {
	cases := []struct {
		role, old string
		want      bool
	}{
		{"former President", "President", true},
		{"Trade and Industry Secretary", "Industry Secretary", true},
		{"former President", "President of Ruritania", true},
		{"President", "President of Ruritania", false},
		{"President", "President", false},
		{"spokesman", "President", false},
	}
	for _, c := range cases {
		if got := fuller(c.role, c.old); got != c.want {
			t.Errorf("fuller(%q, %q) = %v, want %v", c.role, c.old, got, c.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	cases := []struct {
		construction, text, name, role, alias string
	}{
		{"office of several words left in the name", "Detective Chief Inspector Ana Ruiz said the search was over.", "Ana Ruiz", "Detective Chief Inspector", "Detective Chief Inspector Ana Ruiz"},
		{"a two-word name keeps its words", "Lena Brightwater said prices would fall.", "Lena Brightwater", "", ""},
		{"an office joined by a hyphen", "Auditor-General Mira Castellane said the controls were weak.", "Mira Castellane", "Auditor-General", "Auditor-General Mira Castellane"},
		{"a report's word for who a person is", "Neighbour Tessa Quarmby, 64, said the water came in at night.", "Tessa Quarmby", "Neighbour", "Neighbour Tessa Quarmby"},
	}
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		p := findParty(d.Parties, c.name)
		if p == nil {
			t.Errorf("%s: party %q not found in %v", c.construction, c.name, names(d.Parties))
			continue
		}
		if p.Role != c.role || c.alias != "" && !slices.Contains(p.Aliases, c.alias) {
			t.Errorf("%s: %q role %q aliases %q, want role %q and alias %q", c.construction, c.name, p.Role, p.Aliases, c.role, c.alias)
		}
		for _, m := range p.Mentions {
			if got := c.text[m.Start:m.End]; got != c.name {
				t.Errorf("%s: mention %q, want %q", c.construction, got, c.name)
			}
		}
	}
}

func TestApposedOfficesInDrafts(t *testing.T) {
	checkPartyRoles(t, []partyRoleCase{
		{"apposition held now, after \"currently\"", "The new ministry will be led by Amina Hassan, currently principal secretary in the environment ministry.",
			"Amina Hassan", "principal secretary"},
		{"an office before a name with the letters of a seat after it", "We thank the Chair of the Committee, Dame Rosalind Okafor MP, and its members for the inquiry.",
			"Rosalind Okafor", "Chair of the Committee"},
		{"a chief's office of capitalised words before the name", "The Chief People Officer, Maria Holt, said the firm would cut 200 jobs.",
			"Maria Holt", "Chief People Officer"},
		{"a chief's office of a title and a field before the name", "Chief Observer Katrin Sommerfeld said the mission would report on Friday.",
			"Katrin Sommerfeld", "Chief Observer"},
		{"a given name that is also a word", "The lenders' association said its members would cut rates. Its chief executive, Faith Achieng, said lenders would also review charges.",
			"Faith Achieng", "chief executive"},
	})
}

// TestIndianHonorifics checks that "Shri" and "Smt" before a name are
// forms of address: neither part of the name nor the office.
func TestIndianHonorifics(t *testing.T) {
	text := "Prime Minister Shri Harish Chandrasekhar will visit Vietnam. Smt Meera Raghavan said India would sign the deal."
	if p := partyIn(t, "Shri after an office", text, "Harish Chandrasekhar"); p != nil && p.Role != "Prime Minister" {
		t.Errorf("role %q, want Prime Minister", p.Role)
	}
	partyIn(t, "Smt before a name", text, "Meera Raghavan")
}

// TestClauseAfterACommaIsNoApposition checks that a clause after the
// comma that closes a name's apposition says nothing of its kind: "joins
// me in studio" holds a word for a kind of body, and is no apposition.
func TestClauseAfterACommaIsNoApposition(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a verb and a place of work after the comma", "The health minister, Niamh Carrigan, joins me in studio.", "Niamh Carrigan", "person"},
		{"a description of a body after the comma", "Qwest, the phone company, said it would cut jobs.", "Qwest", "organisation"},
	})
}

// TestCourtSide checks that a court report's "Prosecuting," or
// "Defending," opening a sentence before a name gives that person's
// office, and that the word elsewhere gives none.
func TestCourtSide(t *testing.T) {
	for _, tc := range []struct{ text, name, role string }{
		{"Helen Marsden, 52, admitted fraud. Prosecuting, Jonathan Pryce told the court the Crown would seek an order.", "Jonathan Pryce", "prosecutor"},
		{"Helen Marsden, 52, admitted fraud.\nDefending, Nadia Farouk said her client was sorry.", "Nadia Farouk", "defence counsel"},
		{"Helen Marsden admitted fraud. The firm was defending, Nadia Farouk said.", "Nadia Farouk", ""},
	} {
		if got, ok := partyField(t, tc.text, "2025-10-24", tc.name, partyRole); ok && got != tc.role {
			t.Errorf("%q: %s role %q, want %q", tc.text, tc.name, got, tc.role)
		}
	}
}

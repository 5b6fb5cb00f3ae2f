package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestKindFromPronoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"subject taken up by \"its\"", "Vestraad raised its rates on Monday.", "Vestraad", briefing.KindOrganisation},
		{"subject that says \"it\" will act", "Vestline said it expected timetables to return to normal.", "Vestline", briefing.KindOrganisation},
		{"relative \"which\" after a name and a comma", "The deal was signed by Marova Compras, which said it had held talks since March.", "Marova Compras", briefing.KindOrganisation},
		{"people at a workplace that starts the sentence", "Economists at Tarnbank said they expected a cut in September.", "Tarnbank", briefing.KindOrganisation},
		{"subject taken up by \"his\"", "Vello Tamm said his firm would appeal.", "Vello Tamm", briefing.KindPerson},
		{"\"his\" of another clause's subject decides nothing", "He asked the Halden Red Cross in 1993 for his release. The Halden Red Cross said it would help.", "Halden Red Cross", briefing.KindOrganisation},
		{"an empty \"it\" decides nothing", "Dorin Vasko said it would take years to rebuild.", "Dorin Vasko", briefing.KindPerson},
	})
}

func TestNamesAroundTitlesAndNumbers(t *testing.T) {
	cases := []struct {
		construction, text string
		want, notWant      []string
	}{
		{"a title that goes on over its field after \"for\" before a name", "Minister of State for Foreign Affairs Khalid al-Tamimi said the truce would hold.",
			[]string{"Khalid al-Tamimi"}, []string{"Affairs Khalid", "Foreign Affairs Khalid"}},
		{"a surname after an Arabic article, alone and starting a sentence", "Salim al-Rawani was freed on Monday. Al-Rawani flew home, and talks with al-Rawani will follow.",
			[]string{"Salim al-Rawani"}, []string{"Al-Rawani", "al-Rawani", "Salim"}},
		{"the number of a union's local", "The Amalgamated Transit Union Local 418 said it would strike.",
			[]string{"Amalgamated Transit Union Local 418"}, []string{"Amalgamated Transit Union Local"}},
		{"a time adverb that starts a sentence before a name", "Tonight Corvenia voted for change, said Ilse Brandt.",
			[]string{"Corvenia", "Ilse Brandt"}, []string{"Tonight Corvenia"}},
	}
	for _, c := range cases {
		checkParties(t, c.construction, c.text, c.want, c.notWant)
	}
	d := draftDoc(t, "Minister of State for Foreign Affairs Khalid al-Tamimi said the truce would hold.", "2021-03-01")
	if p := findParty(d.Parties, "Khalid al-Tamimi"); p == nil || p.Role != "Minister of State for Foreign Affairs" {
		t.Errorf("title over its field: got %+v, want role %q", p, "Minister of State for Foreign Affairs")
	}
}

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

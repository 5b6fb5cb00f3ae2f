package text

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Masthead returns the organisation whose name alone makes the first line
// of the text, as a company's release or a committee's record opens
// ("Kestrel Logistics Group plc", "Transport Committee"): the body that
// issues the document. A legal form may follow the name.
func Masthead(d *doc.Document) (int, bool) {
	if len(d.Sentences) == 0 || strings.TrimSpace(d.Text[:d.Sentences[0].Start]) != "" {
		return 0, false
	}
	sp := d.Sentences[0]
	line := strings.TrimSpace(d.Text[sp.Start:sp.End])
	for p, party := range d.Parties {
		if party.Kind != briefing.KindOrganisation {
			continue
		}
		for _, m := range party.Mentions {
			if m.Start != sp.Start || m.End > sp.End {
				continue
			}
			rest := strings.Fields(line[m.End-sp.Start:])
			if len(rest) == 0 || len(rest) == 1 && LegalForm(rest[0]) {
				return p, true
			}
		}
	}
	return 0, false
}

// LegalForm reports whether w is the legal form a company's name may end
// in ("plc", "Ltd.", "Inc").
func LegalForm(w string) bool {
	return legalForms[strings.ToLower(strings.TrimRight(w, "."))]
}

// legalForms are the legal forms of companies, in lower case.
var legalForms = SetOf("plc", "ltd", "limited", "inc", "llc", "ag", "sa", "nv", "se", "gmbh")

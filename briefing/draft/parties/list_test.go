package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestBodyPairedWithABody checks that a name only shaped like a person's,
// joined by "and" to a plain body's name, is a body; a person's name
// joined so stays a person's.
func TestBodyPairedWithABody(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a name shaped like a person's after a firm's", "Telvista SA and Conexa Móvil have agreed to pool their mast networks.",
			"Conexa Móvil", briefing.KindOrganisation},
		{"a person's name after a firm's", "Telvista SA and Tom Brennan have agreed to settle the case.",
			"Tom Brennan", briefing.KindPerson},
	})
}

package draft

import (
	"strings"
	"testing"
	"time"
)

// TestBusinessCalledAService drafts a story about a business the text
// calls a service ("Streaming service Streamora"): it is an organisation,
// and "the company" stands for it, not for a rival named before it.
func TestBusinessCalledAService(t *testing.T) {
	text := "Streaming service Streamora is raising prices. Rivals including Kino+ and ViewHaus have introduced cheaper plans. " +
		"Streamora said customers would keep their price. The company also said it would let subscribers cancel without penalty."
	b, err := Draft(text, Options{Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Action, "cancel") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || got[0] != "Streamora" {
		t.Errorf("actors of letting subscribers cancel %q, want [\"Streamora\"]", got)
	}
}

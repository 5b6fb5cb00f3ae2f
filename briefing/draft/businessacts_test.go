package draft

import (
	"strings"
	"testing"
	"time"
)

// actCase is a story and the actors the one commitment whose action holds
// act must have, named for the construction it tests.
type actCase struct {
	construction, text, act, want string
}

// checkActs drafts each case and checks the actors of its one act.
func checkActs(t *testing.T, cases []actCase) {
	t.Helper()
	published := time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		b, err := Draft(c.text, Options{Published: published})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, cm := range b.Commitments {
			if strings.Contains(cm.Action, c.act) {
				got = append(got, strings.Join(cm.Actors, ";"))
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: actors of %q %q, want [%q]", c.construction, c.act, got, c.want)
		}
	}
}

// TestActsOfABusiness drafts stories of a business and checks who is the
// actor of one act in each: a business the text calls a service is still
// "the company", what its customers will get is its own act, and "the
// carrier" is the business whose name says it flies.
func TestActsOfABusiness(t *testing.T) {
	checkActs(t, []actCase{
		{"the company after a business the text calls a service",
			"Streaming service Streamora is raising prices. Rivals including Kino+ and ViewHaus have introduced cheaper plans. " +
				"Streamora said customers would keep their price. The company also said it would let subscribers cancel without penalty.",
			"cancel", "Streamora"},
		{"what customers will get, told by the business",
			"Streamora is raising the price of its plans from 1 October. " +
				"Streamora said customers who switch to an annual plan before 30 September will keep the old monthly price for 12 months.",
			"old monthly price", "Streamora"},
		{"the carrier, a business whose name says it flies, not the bank named since",
			"Costa Azur Airlines, Riomar's largest carrier, has placed a firm order for 30 Halvard H7 jets, the company said on Monday.\n\n" +
				"Halvard Aerospace said it had agreed to give the airline priority delivery slots for the first batch.\n\n" +
				"The new aircraft will be financed through bank loans. Banco Mercantil de Riomar has agreed to arrange up to $800 million of debt, according to a stock exchange filing.\n\n" +
				"Chief financial officer Ingrid Holmqvist said the carrier would not seek new equity to fund the order.",
			"new equity", "Costa Azur Airlines"},
	})
}

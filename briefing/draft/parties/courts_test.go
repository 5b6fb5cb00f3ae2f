package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestNamedCourts(t *testing.T) {
	cases := []struct {
		construction, text string
		want               map[string]string // party name → kind
		notWant            []string
	}{
		{"court named by its country", "Halvard Group will return to a US court on Wednesday to seek sanctions.",
			map[string]string{"US court": briefing.KindOrganisation, "Halvard Group": briefing.KindOrganisation}, []string{"United States"}},
		{"court named by its city", "The case was heard by a Paris court last year, and Halvard Group lost.",
			map[string]string{"Paris court": briefing.KindOrganisation}, []string{"Paris"}},
		{"country that also acts stays beside its court", "The US imposed sanctions on Halvard Group. The firm went to a US court to fight them.",
			map[string]string{"US court": briefing.KindOrganisation, "United States": briefing.KindCountry}, nil},
		{"country before a noun other than a court is left as it was", "Halvard Group sold US bonds on Monday.",
			map[string]string{"United States": briefing.KindCountry}, []string{"US bonds"}},
	}
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		got := map[string]string{}
		for _, p := range d.Parties {
			got[p.Name] = p.Kind
		}
		for name, kind := range c.want {
			if got[name] != kind {
				t.Errorf("%s: %q is %q, want %q (parties %v)", c.construction, name, got[name], kind, got)
			}
		}
		for _, name := range c.notWant {
			if _, ok := got[name]; ok {
				t.Errorf("%s: %q is no party (parties %v)", c.construction, name, got)
			}
		}
	}
}

package fold

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Ökonomie": "okonomie", "KOVÁCS": "kovacs", "Côte d’Ivoire": "cote d’ivoire", "plain": "plain", "": ""} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

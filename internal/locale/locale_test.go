package locale

import (
	"os"
	"testing"
)

func TestFix(t *testing.T) {
	cases := []struct {
		env      map[string]string
		wantLANG string
		wantAll  string
	}{
		{map[string]string{}, "en_US.UTF-8", ""},
		{map[string]string{"LANG": "C.UTF-8"}, "en_US.UTF-8", ""},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, "fr_FR.UTF-8", ""},
		{map[string]string{"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "de_DE.UTF-8", ""},
		{map[string]string{"LC_ALL": "POSIX"}, "en_US.UTF-8", ""},
		{map[string]string{"LC_ALL": "es_ES.UTF-8", "LANG": "C"}, "C", "es_ES.UTF-8"},
	}
	for _, c := range cases {
		for _, v := range variables {
			t.Setenv(v, c.env[v])
			if _, ok := c.env[v]; !ok {
				os.Unsetenv(v)
			}
		}
		Fix()
		if got := os.Getenv("LANG"); got != c.wantLANG {
			t.Errorf("%v: LANG = %q, want %q", c.env, got, c.wantLANG)
		}
		if got := os.Getenv("LC_ALL"); got != c.wantAll {
			t.Errorf("%v: LC_ALL = %q, want %q", c.env, got, c.wantAll)
		}
	}
}

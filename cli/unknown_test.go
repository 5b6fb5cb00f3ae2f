package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMistypedCommandIsAUsageError(t *testing.T) {
	cases := []struct{ arg, want string }{
		{"lsit", "did you mean list?"},
		{"serach", "did you mean search?"},
		{"exprot", "did you mean export?"},
		{"zzzzzz", `unknown command "zzzzzz" Run`},
		{"notes/article.txt", "neither a command nor an existing file"},
	}
	for _, c := range cases {
		if StartsApp([]string{c.arg}) {
			t.Errorf("%s would start the desktop app", c.arg)
		}
		code, out, errOut := run(t, "", c.arg)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("briefdesk %s: code %d, %q %q; want 2 and %q", c.arg, code, out, errOut, c.want)
		}
	}
}

func TestStartsApp(t *testing.T) {
	file := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(file, []byte("Talks resumed."), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{file}, true},
		{[]string{"list"}, false},
		{[]string{"--help"}, false},
		{[]string{filepath.Dir(file)}, false},
		{[]string{"lsit"}, false},
		{[]string{"https://news.example.org/story"}, true},
		{[]string{"news.example.org/story"}, false},
	} {
		if got := StartsApp(c.args); got != c.want {
			t.Errorf("StartsApp(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}

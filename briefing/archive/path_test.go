package archive

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestConfigRootFollowsFyne(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "xdg"))
	tests := []struct {
		goos string
		want string
	}{
		{"darwin", filepath.Join(home, "Library", "Preferences")},
		{"windows", filepath.Join(home, "AppData", "Roaming")},
	}
	if runtime.GOOS == "linux" {
		tests = append(tests, struct{ goos, want string }{"linux", filepath.Join(home, "xdg")})
	}
	for _, tc := range tests {
		got, err := configRoot(tc.goos)
		if err != nil || got != tc.want {
			t.Errorf("configRoot(%s) = %q, %v; want %q", tc.goos, got, err, tc.want)
		}
	}
	p, err := DefaultPath()
	if err != nil || !strings.HasSuffix(p, filepath.Join("fyne", "io.github.briefdesk", "archive.db")) {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
}

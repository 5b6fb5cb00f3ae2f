package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// writeTemp stores a PDF in the test's temporary folder and returns its path.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tool runs one of the poppler programs and returns its standard output;
// anything on standard error fails the test (poppler reports damaged
// files there).
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errOut.String())
	}
	if errOut.Len() > 0 {
		t.Errorf("%s %s reported: %s", name, strings.Join(args, " "), errOut.String())
	}
	return out.String()
}

// pageText is the text of page p (1-based) in content-stream order, which
// keeps each table cell's lines together.
func pageText(t *testing.T, path string, p int) string {
	t.Helper()
	n := strconv.Itoa(p)
	return tool(t, "pdftotext", "-raw", "-enc", "UTF-8", "-f", n, "-l", n, path, "-")
}

// info returns pdfinfo's fields by name.
func info(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, ln := range strings.Split(tool(t, "pdfinfo", "-enc", "UTF-8", path), "\n") {
		if k, v, ok := strings.Cut(ln, ":"); ok {
			out[k] = strings.TrimSpace(v)
		}
	}
	return out
}

// squeeze drops all white space, so that words cut at a line end still
// match, and the direction marks pdftotext puts around right-to-left text.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

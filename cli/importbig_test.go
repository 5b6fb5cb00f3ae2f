package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// linesReader produces n lines of JSON Lines, each a brief whose source
// text is padded to about size bytes, without holding them all in memory.
type linesReader struct {
	n, size int
	buf     bytes.Buffer
}

func (r *linesReader) Read(p []byte) (int, error) {
	if r.buf.Len() == 0 {
		if r.n == 0 {
			return 0, io.EOF
		}
		r.n--
		fmt.Fprintf(&r.buf, `{"title":"Padded brief %d","source":{"text":"Talks resumed.%s Both sides agreed."}}`+"\n", r.n, strings.Repeat(" ", r.size))
	}
	return r.buf.Read(p)
}

// TestImportStreamsInputOfAnySize imports more than the size limit of
// whole-file input, as a large export is, through standard input.
func TestImportStreamsInputOfAnySize(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	in := &linesReader{n: maxInput>>20 + 4, size: 1 << 20}
	var out, errOut bytes.Buffer
	code := Run([]string{"import-json", "--db", db, "-"}, Env{Stdin: in, Stdout: &out, Stderr: &errOut})
	want := fmt.Sprintf("imported %d briefs", maxInput>>20+4)
	if code != ExitOK || !strings.Contains(out.String(), want) {
		t.Fatalf("import of %d MB: code %d, %q %q", maxInput>>20+4, code, out.String(), errOut.String())
	}
}

func TestSaveAndValidateRefuseWhatIsNotABrief(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	bad := map[string]string{
		"null": "a brief is a JSON object",
		"{}":   "the source text is empty",
		`{"source":{"text":"Talks resumed."},"summary":[{"text":"x","spans":[{"start":5,"end":99}]}]}`: "summary item 1",
	}
	for in, msg := range bad {
		for _, cmd := range [][]string{{"validate", "-"}, {"save", "--db", db, "-"}} {
			code, _, errOut := run(t, in, cmd...)
			if code != ExitFailure || !strings.Contains(errOut, msg) {
				t.Errorf("%s of %s: code %d, %q; want %q", cmd[0], in, code, errOut, msg)
			}
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused save created the archive")
	}
}

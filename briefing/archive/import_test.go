package archive

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestImportIsAllOrNothing imports 700 briefs whose line 601 cannot be
// saved (an overlong tag): nothing may be imported, and the fixed file
// must then import every brief once.
func TestImportIsAllOrNothing(t *testing.T) {
	a := openTemp(t)
	r := rand.New(rand.NewPCG(21, 22))
	lines := make([]string, 700)
	for i := range lines {
		b := genBrief(r)
		if i == 600 {
			b.Tags = []string{strings.Repeat("x", maxTagLen+1)}
		}
		lines[i] = jsonLine(t, b)
	}
	n, err := a.ImportJSONL(strings.NewReader(strings.Join(lines, "")))
	if err == nil || !strings.Contains(err.Error(), "line 601") || !strings.Contains(err.Error(), "nothing was imported") {
		t.Fatalf("import with a bad line 601 = %d, %v", n, err)
	}
	if c, _ := a.Count(ListOptions{}); c != 0 || n != 0 {
		t.Fatalf("a failed import left %d briefs (reported %d)", c, n)
	}
	lines[600] = jsonLine(t, genBrief(r))
	if n, err := a.ImportJSONL(strings.NewReader(strings.Join(lines, ""))); err != nil || n != 700 {
		t.Fatalf("the fixed import = %d, %v", n, err)
	}
	if c, _ := a.Count(ListOptions{}); c != 700 {
		t.Errorf("Count = %d after importing 700 briefs, want 700", c)
	}
}

func TestImportRefusesWhatIsNotABrief(t *testing.T) {
	a := openTemp(t)
	good := jsonLine(t, genBriefSeed(4))
	for _, bad := range []string{"null", "[]", `"text"`, "{}", `{"title":"no source"}`, "{"} {
		n, err := a.ImportJSONL(strings.NewReader(good + bad + "\n"))
		if err == nil || !strings.Contains(err.Error(), "line 2") || n != 0 {
			t.Errorf("import of %s = %d, %v; want line 2 refused", bad, n, err)
		}
	}
	if c, _ := a.Count(ListOptions{}); c != 0 {
		t.Errorf("refused imports left %d briefs", c)
	}
	if _, err := a.ImportJSONL(errReader{}); err == nil || !strings.Contains(err.Error(), "cannot read the import") {
		t.Errorf("import from a failing reader: %v", err)
	}
}

// errReader fails every read, like a file on a disk that went away.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("input/output error") }

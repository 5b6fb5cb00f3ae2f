package archive

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

func FuzzImportJSONL(f *testing.F) {
	var seed bytes.Buffer
	src := openTemp(f)
	r := rand.New(rand.NewPCG(3, 3))
	for range 2 {
		mustSave(f, src, genBrief(r))
	}
	src.ExportJSONL(&seed)
	f.Add(seed.Bytes())
	f.Add([]byte(`{"schema":1,"title":"x"}` + "\n\n" + `{"title":"y","id":""}`))
	f.Add([]byte(`{"schema":2}`))
	f.Add([]byte(`{"id":"zz"}`))
	f.Add([]byte(`{"id":"0123456789abcdef","tags":["a\u0000b"," "]}`))
	f.Add([]byte("not json\n"))
	a := openTemp(f)
	a.db.NoSync = true
	f.Fuzz(func(t *testing.T, data []byte) {
		before, err := a.Count(ListOptions{})
		if err != nil {
			t.Fatal(err)
		}
		n, err := a.ImportJSONL(bytes.NewReader(data))
		after, _ := a.Count(ListOptions{})
		if err != nil {
			if after != before || n != 0 {
				t.Fatalf("a failed import changed the archive: %d → %d briefs", before, after)
			}
			return
		}
		if after < before || after > before+n {
			t.Fatalf("imported %d, count went %d → %d", n, before, after)
		}
		// What was imported exports and imports again without doubling.
		var out strings.Builder
		if _, err := a.ExportJSONL(&out); err != nil {
			t.Fatal(err)
		}
		if _, err := a.ImportJSONL(strings.NewReader(out.String())); err != nil {
			t.Fatalf("re-import of the export failed: %v", err)
		}
		if again, _ := a.Count(ListOptions{}); again != after {
			t.Fatalf("re-import doubled briefs: %d → %d", after, again)
		}
	})
}

func TestExportImportRoundTrip(t *testing.T) {
	src := openTemp(t)
	r := rand.New(rand.NewPCG(8, 8))
	for range 12 {
		mustSave(t, src, genBrief(r))
	}
	var buf bytes.Buffer
	n, err := src.ExportJSONL(&buf)
	if err != nil || n != 12 || strings.Count(buf.String(), "\n") != 12 {
		t.Fatalf("export = %d, %v", n, err)
	}
	dst := openTemp(t)
	if n, err := dst.ImportJSONL(bytes.NewReader(buf.Bytes())); err != nil || n != 12 {
		t.Fatalf("import = %d, %v", n, err)
	}
	if n, err := dst.ImportJSONL(bytes.NewReader(buf.Bytes())); err != nil || n != 12 {
		t.Fatalf("second import = %d, %v", n, err)
	}
	var again bytes.Buffer
	dst.ExportJSONL(&again)
	if again.String() != buf.String() {
		t.Error("export → import → export is not identical (IDs, times or content changed)")
	}
	if c, _ := dst.Count(ListOptions{}); c != 12 {
		t.Errorf("count after importing twice = %d, want 12", c)
	}
	list, _ := dst.List(ListOptions{Limit: 1})
	if h, _ := dst.History(list[0].ID); len(h) != 2 {
		t.Errorf("a re-imported brief has %d revisions, want 2", len(h))
	}
	bad := buf.String() + "{broken\n"
	if _, err := dst.ImportJSONL(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 13") {
		t.Errorf("import of a bad line: %v, want an error naming line 13", err)
	}
}

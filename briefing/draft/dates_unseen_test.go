package draft

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Articles of genres unlike the development set (diplomacy, politics,
// courts, a wire story, a tabloid paste, a press release, a live blog …),
// written for the tests and named by their published date: every date
// checked by hand in testdata/unseen/dates.tsv is drafted with its value.
func TestUnseenDates(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "unseen", "dates.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]map[string]string{} // file → text → value
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 {
			t.Fatalf("bad line %q", sc.Text())
		}
		if want[cols[0]] == nil {
			want[cols[0]] = map[string]string{}
		}
		want[cols[0]][cols[1]] = cols[2]
	}
	if len(want) < 12 {
		t.Fatalf("dates of %d articles, want 12", len(want))
	}
	for name, dates := range want {
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "unseen", name))
			if err != nil {
				t.Fatal(err)
			}
			pub, err := time.Parse("2006-01-02", name[:10])
			if err != nil {
				t.Fatal(err)
			}
			b, err := Draft(string(text), Options{Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, dr := range b.Dates {
				got[dr.Text] = dr.Value
			}
			for expr, value := range dates {
				if got[expr] != value {
					t.Errorf("%q = %q, want %s", expr, got[expr], value)
				}
			}
		})
	}
}

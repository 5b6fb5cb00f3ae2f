package source

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// page is one hand-written web page of testdata/pages/ with what a reader
// must find in it: the article text (NAME.txt, written by hand), the title
// and the publication date the page states.
type page struct {
	file, layout, title, published string
}

// pages reads the list of test pages, testdata/pages/pages.tsv.
func pages(t testing.TB) []page {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "pages", "pages.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var list []page
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 4 {
			t.Fatalf("pages.tsv: %d columns in %q", len(col), line)
		}
		list = append(list, page{file: col[0], layout: col[1], title: col[2], published: strings.TrimPrefix(col[3], "-")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return list
}

// words splits text into lower-case words and numbers, as the extraction
// benchmarks compare article bodies.
func words(s string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		bag[w]++
	}
	return bag
}

// overlap returns the precision and recall of got's words against want's.
func overlap(got, want string) (precision, recall float64) {
	g, w := words(got), words(want)
	common, ng, nw := 0, 0, 0
	for word, n := range g {
		common += min(n, w[word])
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0
	}
	return float64(common) / float64(ng), float64(common) / float64(nw)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestPages reads every test page and compares the article text with the
// hand-written one, word by word: each page must reach an F1 of 0.85 and
// all pages together 0.95. A publication date that is found must be the
// one the page states, and one must be found on nine in ten of the pages
// that state one; the title must be the headline on nine pages in ten.
// Run with -v for the table of scores.
func TestPages(t *testing.T) {
	list := pages(t)
	if len(list) < 20 {
		t.Errorf("only %d test pages", len(list))
	}
	var sumP, sumR float64
	dated, found, titled := 0, 0, 0
	for _, pg := range list {
		s, err := ReadFile(filepath.Join("testdata", "pages", pg.file))
		if err != nil {
			t.Errorf("%s: %v", pg.file, err)
			continue
		}
		want, err := os.ReadFile(filepath.Join("testdata", "pages", strings.TrimSuffix(pg.file, filepath.Ext(pg.file))+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		p, r := overlap(s.Text, string(want))
		sumP, sumR = sumP+p, sumR+r
		t.Logf("%-28s %-20s P %.3f R %.3f F1 %.3f", pg.file, pg.layout, p, r, f1(p, r))
		if f1(p, r) < 0.85 {
			t.Errorf("%s: F1 %.3f (P %.3f, R %.3f); text:\n%s", pg.file, f1(p, r), p, r, s.Text)
		}
		if s.Title == pg.title {
			titled++
		} else {
			t.Logf("%s: title %q, the headline is %q", pg.file, s.Title, pg.title)
		}
		got := ""
		if !s.Published.IsZero() {
			got = s.Published.Format("2006-01-02")
		}
		switch {
		case got != "" && got != pg.published:
			t.Errorf("%s: published %s, but the page says %q", pg.file, got, pg.published)
		case pg.published == "":
		case got == pg.published:
			dated, found = dated+1, found+1
		default:
			dated++
			t.Logf("%s: published date %s not found", pg.file, pg.published)
		}
	}
	n := float64(len(list))
	t.Logf("%d pages: P %.3f R %.3f F1 %.3f; published date found on %d of %d pages that state one; title right on %d",
		len(list), sumP/n, sumR/n, f1(sumP/n, sumR/n), found, dated, titled)
	if f1(sumP/n, sumR/n) < 0.95 {
		t.Errorf("F1 over all pages %.3f, want at least 0.95", f1(sumP/n, sumR/n))
	}
	if found*10 < dated*9 {
		t.Errorf("published date found on %d of %d pages that state one", found, dated)
	}
	if titled*10 < len(list)*9 {
		t.Errorf("title right on %d of %d pages", titled, len(list))
	}
}

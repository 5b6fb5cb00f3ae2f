package source

import (
	"strings"
	"testing"
)

func TestReadHTMLMeta(t *testing.T) {
	tests := []struct {
		name, page           string
		title, url, publshed string
	}{
		{"og:title first", `<title>Tab | Site</title><meta property="og:title" content="Og title"><h1>H1</h1><p>x</p>`,
			"Og title", "", ""},
		{"the one h1 second", `<title> Tab  title </title><h1>H1</h1><p>x</p>`, "H1", "", ""},
		{"title tag without the site's name", `<title>Ports reopen | Coast News</title><h1>A</h1><h1>B</h1><p>x</p>`, "Ports reopen", "", ""},
		{"h1 alone", `<h1>Only <span>heading</span></h1><p>x</p>`, "Only heading", "", ""},
		{"canonical when no og:url", `<link rel="alternate canonical" href="https://a.example/x"><p>x</p>`,
			"", "https://a.example/x", ""},
		{"relative addresses ignored", `<meta property="og:url" content="/x"><link rel="canonical" href="x.html"><p>x</p>`,
			"", "", ""},
		{"saved-from comment", "<!-- saved from url=(0022)https://b.example/y -->\n<p>x</p>", "", "https://b.example/y", ""},
		{"itemprop datePublished", `<meta itemprop="datePublished" content="2021-07-01"><p>x</p>`, "", "", "2021-07-01T00:00:00Z"},
		{"name=date", `<meta name="DATE" content="2021-07-02T10:00:00Z"><p>x</p>`, "", "", "2021-07-02T10:00:00Z"},
		{"json-ld", `<script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"datePublished":"2021-07-03T08:00:00+02:00"}]}]</script><p>x</p>`,
			"", "", "2021-07-03T08:00:00+02:00"},
		{"broken json-ld ignored", `<script type="application/ld+json">{"datePublished": </script><time datetime="2021-07-04">4 July</time><p>x</p>`,
			"", "", "2021-07-04T00:00:00Z"},
		{"time element", `<body><article><p>x</p><time datetime="2021-07-05">then</time></article></body>`,
			"", "", "2021-07-05T00:00:00Z"},
		{"undated", `<time>last week</time><p>x</p>`, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("page.html", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if s.Title != tt.title || s.URL != tt.url || formatTime(s.Published) != tt.publshed {
				t.Errorf("got %q %q %q; want %q %q %q", s.Title, s.URL, formatTime(s.Published), tt.title, tt.url, tt.publshed)
			}
		})
	}
}

func TestReadHTMLDeepNesting(t *testing.T) {
	page := strings.Repeat("<div>", 100_000) + "<p>Deep.</p>"
	_, err := Read("deep.html", []byte(page))
	if err == nil || err.Error() != "cannot read deep.html: the page is nested too deeply to read" {
		t.Fatalf("err = %v", err)
	}
	page = strings.Repeat("<div>", 500) + "<p>Deep.</p>"
	if s, err := Read("deep.html", []byte(page)); err != nil || s.Text != "Deep." {
		t.Fatalf("500 deep: %q, %v", s.Text, err)
	}
}

func TestReadHTMLCharsets(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		want string
	}{
		{"meta charset latin-1", []byte(`<meta charset="iso-8859-1"><p>Gen` + "\xE8" + `ve</p>`), "Genève"},
		{"http-equiv", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>` + "\xCC\xEE\xF1\xEA\xE2\xE0" + `</p>`), "Москва"},
		{"undeclared windows-1252", []byte("<p>\x93quoted\x94</p>"), "“quoted”"},
		{"utf-8 wins over a wrong declaration", []byte(`<meta charset="iso-8859-1"><p>Genève</p>`), "Genève"},
		{"utf-16 with BOM", []byte("\xFF\xFE<\x00p\x00>\x00\xE9\x00"), "é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("page.htm", tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if s.Text != tt.want {
				t.Errorf("text = %q, want %q", s.Text, tt.want)
			}
		})
	}
}

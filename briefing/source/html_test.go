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
		{"site name first", `<title>Coast News | Ports reopen after the storm</title><p>x</p>`, "Ports reopen after the storm", "", ""},
		{"dashes kept inside the headline", `<title>Covid - what we know - Coast News</title><p>x</p>`, "Covid - what we know", "", ""},
		{"date in the address", `<link rel="canonical" href="https://a.example/news/2024/03/12/story/"><p>x</p>`,
			"", "https://a.example/news/2024/03/12/story/", "2024-03-12T00:00:00Z"},
		{"no date in an address of numbers", `<link rel="canonical" href="https://a.example/2024/13/40/story"><p>x</p>`,
			"", "https://a.example/2024/13/40/story", ""},
		{"element classed as a date", `<p class="release-date">Santiago, 14 June 2022</p><p>x in 2024</p>`, "", "", "2022-06-14T00:00:00Z"},
		{"month first", `<span class="date">Jan. 22, 2024</span><p>x</p>`, "", "", "2024-01-22T00:00:00Z"},
		{"published label", `<div>By A. Writer<br>Published: 4 June 2023 12:10 BST</div><p>x</p>`, "", "", "2023-06-04T00:00:00Z"},
		{"published label before the date", `<dl><dt>Published:</dt><dd>3 November 2023</dd></dl><p>x</p>`, "", "", "2023-11-03T00:00:00Z"},
		{"a year in the text is no date", `<p class="update-time">1h ago</p><p>Catch in 2027, said 4 June.</p>`, "", "", ""},
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

func TestReadHTMLAuthor(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"meta author", `<meta name="author" content="Ama Owusu"><p class="byline">By Someone Else</p><p>x</p>`, "Ama Owusu"},
		{"meta address skipped", `<meta property="article:author" content="https://a.example/ama"><meta name="parsely-author" content="Budi Santoso"><p>x</p>`, "Budi Santoso"},
		{"structured data", `<script type="application/ld+json">{"@graph":[{"author":[{"@type":"Person","name":"Camila Rojas"},{"name":"Ana Ruiz"}]}]}</script><p>x</p>`, "Camila Rojas; Ana Ruiz"},
		{"byline with a role", `<p class="byline">By <a href="/jane">Jane Doe</a>, Rabat correspondent</p><p>x</p>`, "Jane Doe"},
		{"one name after By", `<span class="byline">By <a href="/n">Nikos</a></span><p>x</p>`, "Nikos"},
		{"initials and dates skipped", `<div class="article-byline"><a class="author-avatar">AN</a><h4 class="author-name">An Nguyen</h4><time>Nov 28, 2021</time></div><p>x</p>`, "An Nguyen"},
		{"reporting credit", `<div class="author-line">Reporting by Ingrid Solberg; editing by Lars Eide</div><p>x</p>`, "Ingrid Solberg"},
		{"no byline", `<p class="dateline">OSLO, Sept 15</p><p>x</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("page.html", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if s.Author != tt.want {
				t.Errorf("author %q, want %q", s.Author, tt.want)
			}
		})
	}
}

func TestReadHTMLLeavesOutFurniture(t *testing.T) {
	article := strings.Repeat("The council approved the tram line to the airport after a long debate. ", 4)
	page := `<html class="has-sidebar menu"><body><nav><p>` + article + `</p></nav>
<div role="dialog"><p>We use cookies on this site and ask you to accept them before you go on.</p></div>
<article><p class="byline">By Daniel Hughes</p><p>` + article + `</p><div class="ad-slot">Advertisement</div>
<p>` + article + `</p><div id="newsletter_box"><p>Get our transport newsletter every Friday.</p></div><p hidden>Hidden text.</p></article></body></html>`
	s, err := Read("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.TrimSpace(article) + "\n\n" + strings.TrimSpace(article)
	if s.Text != want || s.Author != "Daniel Hughes" {
		t.Errorf("text %q, author %q; want the two paragraphs and the byline's name", s.Text, s.Author)
	}
}

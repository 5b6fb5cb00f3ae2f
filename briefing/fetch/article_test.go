package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/briefdesk/briefdesk/briefing/source"
)

// cyrillicArticle is a short news story in Russian, long enough to be
// taken as an article.
const cyrillicArticle = `<html><head><title>Новый мост через Волгу</title></head><body><article>
<p>САМАРА – Власти области открыли во вторник новый мост через Волгу длиной почти четыре километра.</p>
<p>Строительство заняло пять лет и обошлось в 30 миллиардов рублей, сообщил губернатор на церемонии открытия.</p>
<p>По мосту смогут проезжать до 40 тысяч машин в сутки.</p></article></body></html>`

func encode(t *testing.T, enc *charmap.Charmap, s string) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestArticle(t *testing.T) {
	srv := serve(t, map[string]http.HandlerFunc{
		"/story":   send("text/html; charset=utf-8", savedPage(t)),
		"/moved":   func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/story", http.StatusFound) },
		"/ru":      send("text/html; charset=windows-1251", encode(t, charmap.Windows1251, cyrillicArticle)),
		"/notes":   send("text/plain; charset=iso-8859-1", encode(t, charmap.ISO8859_1, "Genève, le 3 mars : les négociations reprennent.\r\n")),
		"/xhtml":   send("application/xhtml+xml", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>`+strings.Repeat("Talks resumed in Geneva on Monday. ", 12)+`</p></body></html>`)),
		"/no-text": send("text/html", []byte(`<html><nav><a href="/">Home</a></nav></html>`)),
	})
	c := New()
	before := time.Now().UTC()
	src, err := c.Article(context.Background(), srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if src.URL != srv.URL+"/story" || src.Fetched.Before(before.Add(-time.Second)) {
		t.Errorf("URL %q fetched %v", src.URL, src.Fetched)
	}
	if src.Title != "Port of Tema doubles grain berths" || src.Author != "Ama Owusu" ||
		src.Published.Format(time.RFC3339) != "2025-02-11T08:15:00Z" {
		t.Errorf("title %q author %q published %v", src.Title, src.Author, src.Published)
	}
	if !strings.HasPrefix(src.Text, "TEMA – Ghana's ports authority") || strings.Contains(src.Text, "Politics") ||
		strings.Contains(src.Text, "rights reserved") {
		t.Errorf("text = %q", src.Text)
	}

	for path, want := range map[string]string{
		"/ru":    "САМАРА – Власти области открыли во вторник новый мост",
		"/notes": "Genève, le 3 mars : les négociations reprennent.",
		"/xhtml": "Talks resumed in Geneva on Monday.",
	} {
		src, err := c.Article(context.Background(), srv.URL+path)
		if err != nil || !strings.Contains(src.Text, want) {
			t.Errorf("%s: text %q, %v; want it to hold %q", path, src.Text, err, want)
		}
	}
	_, err = c.Article(context.Background(), srv.URL+"/no-text")
	if !errors.Is(err, source.ErrNoText) || err.Error() != srv.URL+"/no-text contains no article text" {
		t.Errorf("page without an article: %v", err)
	}
}

func TestDraft(t *testing.T) {
	srv := serve(t, map[string]http.HandlerFunc{"/story": send("text/html", savedPage(t))})
	b, err := New().Draft(context.Background(), srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	s := b.Source
	if s.URL != srv.URL+"/story" || s.Title != "Port of Tema doubles grain berths" || s.Author != "Ama Owusu" ||
		s.Published != "2025-02-11" {
		t.Errorf("source %q %q %q %q", s.URL, s.Title, s.Author, s.Published)
	}
	if _, err := time.Parse(time.RFC3339, s.Fetched); err != nil || !strings.HasSuffix(s.Fetched, "Z") {
		t.Errorf("fetched %q: %v", s.Fetched, err)
	}
	if len(b.Summary) == 0 || !strings.Contains(b.Source.Text, "140 million dollars") {
		t.Errorf("nothing drafted: %+v", b.Summary)
	}
}

package app

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// webArticle is a news page as a site would serve it.
const webArticle = `<html><head><meta property="og:title" content="Ports agree on night shifts">
<meta property="article:published_time" content="2024-04-16T07:42:00+03:00"></head>
<body><nav><a href="/">Home</a></nav><article>
<p>NAIROBI – Kenya and Tanzania will reopen the Namanga border post to night traffic from 1 May, the two governments said on Monday.</p>
<p>The trade ministers of both countries signed the agreement in Arusha after a meeting of the joint border committee, which had not met since 2022.</p>
</article></body></html>`

// webServer serves webArticle at /story, answers 404 elsewhere, and at
// /slow waits until the request is cancelled.
func webServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(webArticle))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// typeAddress fills the Open web address dialog's field.
func typeAddress(t *testing.T, u *UI, address string) {
	t.Helper()
	for _, c := range objects(topOverlay(t, u)) {
		if e, ok := c.(*keyEntry); ok && e.PlaceHolder == "https://…" {
			e.SetText(address)
			return
		}
	}
	t.Fatal("the dialog has no address field")
}

func TestOpenURL(t *testing.T) {
	srv := webServer(t)
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))

	u.app.Clipboard().SetContent(srv.URL + "/story")
	u.openURL()
	tapIn(t, u, "Fetch and draft") // the address comes from the clipboard
	u.jobs.Wait()
	if u.sess == nil {
		t.Fatalf("no brief open; dialog: %v", u.Window().Canvas().Overlays().Top())
	}
	src := u.sess.Brief.Source
	if src.URL != srv.URL+"/story" || src.Title != "Ports agree on night shifts" || src.Published != "2024-04-16" ||
		src.Fetched == "" || !strings.HasPrefix(src.Text, "NAIROBI – Kenya and Tanzania") {
		t.Errorf("source %+v", src)
	}
	if u.Window().Canvas().Overlays().Top() != nil {
		t.Error("a dialog is still open after drafting")
	}
}

func TestOpenURLRefusesAndReports(t *testing.T) {
	srv := webServer(t)
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.app.Clipboard().SetContent("not an address")

	u.openURL()
	typeAddress(t, u, "ftp://files.example.org/story.html")
	tapIn(t, u, "Fetch and draft")
	if !hasText(topOverlay(t, u), "only http:// and https://") {
		t.Fatal("an ftp address was not refused with a message")
	}
	tapIn(t, u, "OK")
	typeAddress(t, u, srv.URL+"/missing")
	tapIn(t, u, "Fetch and draft")
	u.jobs.Wait()
	top := topOverlay(t, u)
	if u.sess != nil || !hasText(top, "The web page could not be opened") || !hasText(top, "HTTP 404") {
		t.Fatal("a missing page was not reported")
	}
}

// TestOpenURLCancel cancels the fetch of a page that never arrives:
// nothing opens and no error is shown.
func TestOpenURLCancel(t *testing.T) {
	srv := webServer(t)
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.fetchURL(srv.URL + "/slow")
	if !hasText(topOverlay(t, u), "Fetching and drafting the article from") {
		t.Fatal("no progress dialog")
	}
	tapIn(t, u, "Cancel")
	u.jobs.Wait()
	if u.sess != nil || u.Window().Canvas().Overlays().Top() != nil {
		t.Fatal("a cancelled fetch opened a brief or a dialog")
	}
	if !strings.Contains(u.status.msg.Text, "Fetch cancelled") {
		t.Errorf("status %q", u.status.msg.Text)
	}
}

// TestPasteURL drafts from a web address pasted into the New dialog.
func TestPasteURL(t *testing.T) {
	srv := webServer(t)
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.app.Clipboard().SetContent("  " + srv.URL + "/story\n")
	u.newFromPaste()
	tapIn(t, u, "Draft from clipboard")
	u.jobs.Wait()
	if u.sess == nil || u.sess.Brief.Source.URL != srv.URL+"/story" || u.sess.Brief.Source.Fetched == "" {
		t.Fatal("the pasted address was not fetched and drafted")
	}
}

// TestOpenURLAtStart drafts a web address given on the command line.
func TestOpenURLAtStart(t *testing.T) {
	srv := webServer(t)
	a := test.NewTempApp(t)
	u := New(a, Options{Version: "test", ArchivePath: filepath.Join(t.TempDir(), "archive.db"),
		OpenFiles: []string{srv.URL + "/story"}})
	u.jobs.Wait()
	t.Cleanup(u.closeArchive)
	if u.sess == nil || u.sess.Brief.Source.URL != srv.URL+"/story" {
		t.Fatal("the web address given at start was not drafted")
	}
}

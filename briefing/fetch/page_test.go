package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestGetStatusAndTypeErrors(t *testing.T) {
	srv := serve(t, map[string]http.HandlerFunc{
		"/missing":    func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
		"/broken":     func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) },
		"/forbidden":  func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) },
		"/teapot":     func(w http.ResponseWriter, r *http.Request) { http.Error(w, "tea", http.StatusTeapot) },
		"/report.pdf": send("application/pdf", []byte("%PDF-1.7\n")),
		"/image":      send("image/png", []byte("\x89PNG\r\n")),
		"/bad-type":   send("text/html; charset", []byte("<p>x</p>")),
	})
	tests := []struct {
		path  string
		kind  error
		words []string
	}{
		{"/missing", ErrStatus, []string{"/missing: the page was not found (HTTP 404 Not Found)"}},
		{"/broken", ErrStatus, []string{"server error (HTTP 500 Internal Server Error)", "try again later", "Save Page As"}},
		{"/forbidden", ErrBlocked, []string{"refused to send the page (HTTP 403 Forbidden)", "blocks it", "open the saved file"}},
		{"/teapot", ErrStatus, []string{"HTTP 418"}},
		{"/report.pdf", ErrWrongType, []string{`the site sent "application/pdf"`, "HTML, XHTML and plain-text pages only"}},
		{"/image", ErrWrongType, []string{`"image/png"`}},
		{"/bad-type", ErrWrongType, []string{`"text/html; charset"`}},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			page, err := c.Get(context.Background(), srv.URL+tt.path)
			if page != nil || !errors.Is(err, tt.kind) {
				t.Fatalf("Get = %v, %v; want kind %v", page, err, tt.kind)
			}
			for _, w := range tt.words {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestGetRedirects(t *testing.T) {
	page := savedPage(t)
	routes := map[string]http.HandlerFunc{"/story": send("text/html; charset=utf-8", page)}
	// /hopN redirects to /hop(N-1); /hop0 to the story.
	for i := 0; i <= 6; i++ {
		next := "/story"
		if i > 0 {
			next = fmt.Sprintf("/hop%d", i-1)
		}
		routes[fmt.Sprintf("/hop%d", i)] = func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, next, http.StatusMovedPermanently)
		}
	}
	routes["/to-ftp"] = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example.org/story.html", http.StatusFound)
	}
	srv := serve(t, routes)
	c := New()
	got, err := c.Get(context.Background(), srv.URL+"/hop4") // five redirects
	if err != nil {
		t.Fatalf("five redirects: %v", err)
	}
	if got.URL != srv.URL+"/story" || !bytes.Equal(got.Body, page) {
		t.Errorf("five redirects: URL %q, %d bytes", got.URL, len(got.Body))
	}
	_, err = c.Get(context.Background(), srv.URL+"/hop5") // six
	if !errors.Is(err, ErrStatus) || !strings.Contains(err.Error(), "redirects more than 5 times") {
		t.Errorf("six redirects: %v", err)
	}
	if _, err = c.Get(context.Background(), srv.URL+"/to-ftp"); !errors.Is(err, ErrStatus) ||
		!strings.Contains(err.Error(), "/to-ftp redirects to a ftp: address, which BriefDesk does not fetch") {
		t.Errorf("redirect to ftp: %v", err)
	}
}

func TestGetSizeCap(t *testing.T) {
	chunk := bytes.Repeat([]byte("<p>filler text</p>\n"), 1<<12)
	stream := func(n int, declare bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			if declare {
				w.Header().Set("Content-Length", strconv.Itoa(n))
			}
			for sent := 0; sent < n; {
				part := chunk[:min(len(chunk), n-sent)]
				if _, err := w.Write(part); err != nil {
					return
				}
				sent += len(part)
			}
		}
	}
	srv := serve(t, map[string]http.HandlerFunc{
		"/at-cap":   stream(MaxBytes, false),
		"/streamed": stream(MaxBytes+1, false),
		"/declared": stream(MaxBytes+1, true),
	})
	c := New()
	page, err := c.Get(context.Background(), srv.URL+"/at-cap")
	if err != nil || len(page.Body) != MaxBytes {
		t.Fatalf("a page of exactly %d bytes: %v", MaxBytes, err)
	}
	for _, path := range []string{"/streamed", "/declared"} {
		_, err := c.Get(context.Background(), srv.URL+path)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "is larger than 10 MB") {
			t.Errorf("%s: %v", path, err)
		}
	}
}

func TestGetGzipAndHeaders(t *testing.T) {
	page := savedPage(t)
	var agent, encoding string
	srv := serve(t, map[string]http.HandlerFunc{"/story": func(w http.ResponseWriter, r *http.Request) {
		agent, encoding = r.UserAgent(), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(page)
		zw.Close()
	}})
	got, err := New().Get(context.Background(), srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Body, page) {
		t.Errorf("body not decompressed: %d bytes, want %d", len(got.Body), len(page))
	}
	if agent != UserAgent || !strings.Contains(encoding, "gzip") {
		t.Errorf("User-Agent %q, Accept-Encoding %q", agent, encoding)
	}
	if got.Fetched.IsZero() || got.ContentType != "text/html; charset=utf-8" {
		t.Errorf("fetched %v, content type %q", got.Fetched, got.ContentType)
	}
}

func TestGetSniffsMissingType(t *testing.T) {
	srv := serve(t, map[string]http.HandlerFunc{"/story": func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no type sent, not even the server's guess
		w.Write(savedPage(t))
	}})
	got, err := New().Get(context.Background(), srv.URL+"/story")
	if err != nil || !strings.HasPrefix(got.ContentType, "text/html") {
		t.Fatalf("Get = %+v, %v", got, err)
	}
}

// TestGetCancel cancels a fetch from a server that never answers: the
// fetch ends with ErrCancelled as soon as the context is cancelled.
func TestGetCancel(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	srv := serve(t, map[string]http.HandlerFunc{"/slow": func(w http.ResponseWriter, r *http.Request) {
		close(started)
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-started
		cancel()
	}()
	_, err := New().Get(ctx, srv.URL+"/slow")
	if !errors.Is(err, ErrCancelled) || err.Error() != "the fetch was cancelled" {
		t.Fatalf("err = %v", err)
	}
}

func TestGetUnreachable(t *testing.T) {
	srv := serve(t, nil)
	address := srv.URL + "/story"
	srv.Close() // nothing listens there any more
	_, err := New().Get(context.Background(), address)
	if !errors.Is(err, ErrUnreachable) {
		t.Fatalf("err = %v", err)
	}
	for _, w := range []string{"cannot fetch " + address, "no connection could be made", "No network, or the site is blocked",
		"save it (File › Save Page As…, HTML) and open the saved file"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("message %q lacks %q", err, w)
		}
	}
}

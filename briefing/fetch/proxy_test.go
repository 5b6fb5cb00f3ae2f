package fetch

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestProxyFromEnvironment fetches through the proxy named in HTTP_PROXY.
// The standard library reads the proxy variables once per process, so the
// fetch runs in a child process of this test binary with them set.
func TestProxyFromEnvironment(t *testing.T) {
	if os.Getenv("BRIEFDESK_PROXY_CHILD") == "1" {
		src, err := New().Article(context.Background(), "http://news.example.org/story")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(src.Text, "TEMA – Ghana's ports authority") {
			t.Fatalf("text %q", src.Text)
		}
		return
	}
	var asked string
	proxy := serve(t, map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
		asked = r.URL.String() // a proxy is asked for the absolute address
		send("text/html", savedPage(t))(w, r)
	}})
	cmd := exec.Command(os.Args[0], "-test.run=^TestProxyFromEnvironment$", "-test.v")
	cmd.Env = append(os.Environ(), "BRIEFDESK_PROXY_CHILD=1", "HTTP_PROXY="+proxy.URL, "http_proxy="+proxy.URL,
		"NO_PROXY=", "no_proxy=", "REQUEST_METHOD=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if asked != "http://news.example.org/story" {
		t.Errorf("the proxy was asked for %q", asked)
	}
}

package fetch

import (
	"net/http"
	"testing"
	"time"
)

// TestClientLimits checks the client's settings that a test cannot wait
// for: the timeouts and the proxy taken from the environment.
func TestClientLimits(t *testing.T) {
	c := New()
	tr, ok := c.http.Transport.(*http.Transport)
	if !ok {
		t.Fatalf("transport %T", c.http.Transport)
	}
	if c.http.Timeout != 30*time.Second || tr.TLSHandshakeTimeout != 10*time.Second {
		t.Errorf("timeouts: overall %v, TLS handshake %v", c.http.Timeout, tr.TLSHandshakeTimeout)
	}
	if tr.Proxy == nil || tr.DialContext == nil {
		t.Error("no proxy from the environment or no dialer with a connect timeout")
	}
	if MaxRedirects != 5 || MaxBytes != 10<<20 {
		t.Errorf("limits: %d redirects, %d bytes", MaxRedirects, MaxBytes)
	}
}

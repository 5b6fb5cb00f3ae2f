// Package fetch downloads a web article for drafting: one page over HTTP
// or HTTPS, within fixed limits on time, redirects, size and content type,
// with errors that tell the analyst what went wrong and what to do
// instead (save the page in the browser and open the file).
package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Limits on one fetch.
const (
	// ConnectTimeout bounds opening the connection (and the TLS handshake).
	ConnectTimeout = 10 * time.Second
	// Timeout bounds the whole fetch, redirects and body included.
	Timeout = 30 * time.Second
	// MaxRedirects is how many redirects a fetch follows.
	MaxRedirects = 5
	// MaxBytes is the largest page accepted, after decompression.
	MaxBytes = 10 << 20
)

// UserAgent names BriefDesk to the sites it fetches from.
const UserAgent = "BriefDesk (briefing notes from news articles; +https://github.com/briefdesk/briefdesk)"

// Client fetches pages. Its zero value is not usable; use New.
type Client struct {
	http *http.Client
}

// New returns a client with BriefDesk's limits that takes its proxy from
// the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).
func New() *Client {
	dialer := &net.Dialer{Timeout: ConnectTimeout, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   ConnectTimeout,
		ResponseHeaderTimeout: Timeout,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
	}
	return &Client{http: &http.Client{
		Transport:     transport,
		Timeout:       Timeout,
		CheckRedirect: checkRedirect,
	}}
}

// Redirects that are not followed.
var (
	errTooManyRedirects = errors.New("too many redirects")
	errNotWebRedirect   = errors.New("redirect to an address that is not http or https")
)

// checkRedirect follows at most MaxRedirects redirects, and only to web
// addresses.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return errTooManyRedirects
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("%w: %s", errNotWebRedirect, req.URL.Scheme)
	}
	return nil
}

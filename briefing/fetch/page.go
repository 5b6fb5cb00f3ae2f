package fetch

import (
	"context"
	"io"
	"mime"
	"net/http"
	"time"
)

// Page is a fetched web page.
type Page struct {
	// URL is the page's address after redirects.
	URL string
	// ContentType is the response's media type with its parameters
	// (charset), as sent or, when the server sent none, as sniffed.
	ContentType string
	// Body is the page, decompressed; at most MaxBytes.
	Body []byte
	// Fetched is when the response arrived.
	Fetched time.Time
}

// acceptedTypes are the media types BriefDesk reads from the web.
var acceptedTypes = map[string]bool{
	"text/html":             true,
	"application/xhtml+xml": true,
	"text/plain":            true,
}

// Get fetches the page at address: an http or https URL. Cancelling ctx
// stops the fetch at once.
func (c *Client) Get(ctx context.Context, address string) (*Page, error) {
	u, err := ParseURL(address)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, badURL(address, "it cannot be requested")
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, requestError(ctx, u, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	if resp.StatusCode != http.StatusOK {
		return nil, statusError(final, resp.StatusCode)
	}
	if resp.ContentLength > MaxBytes {
		return nil, tooLarge(final)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxBytes+1))
	if err != nil {
		return nil, requestError(ctx, final, err)
	}
	if len(body) > MaxBytes {
		return nil, tooLarge(final)
	}
	ctype := resp.Header.Get("Content-Type")
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	if media, _, err := mime.ParseMediaType(ctype); err != nil || !acceptedTypes[media] {
		return nil, wrongType(final, ctype)
	}
	return &Page{URL: final.String(), ContentType: ctype, Body: body, Fetched: time.Now().UTC()}, nil
}

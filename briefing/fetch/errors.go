package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/briefdesk/briefdesk/internal/errkind"
)

// Kinds of fetch errors, for errors.Is; the errors themselves carry a
// message in plain words.
var (
	// ErrBadURL: the address is not an http or https URL.
	ErrBadURL = errors.New("not a web address")
	// ErrUnreachable: no network, the site cannot be found or reached, or
	// it did not answer in time.
	ErrUnreachable = errors.New("site unreachable")
	// ErrBlocked: the site refused to serve the page to BriefDesk.
	ErrBlocked = errors.New("site refused the request")
	// ErrStatus: the site answered with an error (page not found, server
	// error).
	ErrStatus = errors.New("site answered with an error")
	// ErrTooLarge: the page is larger than MaxBytes.
	ErrTooLarge = errors.New("page too large")
	// ErrWrongType: the address serves something other than a web page or
	// plain text.
	ErrWrongType = errors.New("not a web page")
	// ErrCancelled: the fetch was cancelled.
	ErrCancelled = errors.New("fetch cancelled")
)

// saveHint tells the analyst how to draft the page all the same.
const saveHint = "Open the page in your browser, save it (File › Save Page As…, HTML) and open the saved file in BriefDesk."

func badURL(s, why string) error {
	return errkind.Errorf(ErrBadURL, "%q is not a web address BriefDesk can fetch: %s", s, why)
}

func tooLarge(u *url.URL) error {
	return errkind.Errorf(ErrTooLarge, "the page at %s is larger than %d MB", u, MaxBytes>>20)
}

func wrongType(u *url.URL, ctype string) error {
	return errkind.Errorf(ErrWrongType, "%s is not a web page (the site sent %q); BriefDesk fetches HTML, XHTML and plain-text pages only", u, ctype)
}

// statusError explains an HTTP status other than 200 OK.
func statusError(u *url.URL, code int) error {
	status := fmt.Sprintf("HTTP %d %s", code, http.StatusText(code))
	switch {
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == http.StatusProxyAuthRequired ||
		code == http.StatusTooManyRequests || code == http.StatusUnavailableForLegalReasons:
		return errkind.Errorf(ErrBlocked, "%s refused to send the page (%s): the site or a filter on this network blocks it. %s", u.Host, status, saveHint)
	case code == http.StatusNotFound || code == http.StatusGone:
		return errkind.Errorf(ErrStatus, "%s: the page was not found (%s); check the address", u, status)
	case code >= 500:
		return errkind.Errorf(ErrStatus, "%s answered with a server error (%s); try again later. %s", u.Host, status, saveHint)
	}
	return errkind.Errorf(ErrStatus, "%s answered %s instead of the page. %s", u.Host, status, saveHint)
}

// requestError explains a failed request: cancelled, or the site could
// not be reached, and why.
func requestError(ctx context.Context, u *url.URL, err error) error {
	if errors.Is(ctx.Err(), context.Canceled) {
		return errkind.New(ErrCancelled, "the fetch was cancelled")
	}
	var urlErr *url.Error
	switch {
	case errors.Is(err, errTooManyRedirects):
		return errkind.Errorf(ErrStatus, "%s redirects more than %d times. %s", u, MaxRedirects, saveHint)
	case errors.Is(err, errNotWebRedirect) && errors.As(err, &urlErr):
		scheme, _, _ := strings.Cut(urlErr.URL, ":")
		return errkind.Errorf(ErrStatus, "%s redirects to a %s: address, which BriefDesk does not fetch. %s", u, scheme, saveHint)
	}
	return errkind.Errorf(ErrUnreachable, "cannot fetch %s: %s. No network, or the site is blocked from this computer? %s", u, reason(err), saveHint)
}

// reason says in plain words why a request failed.
func reason(err error) string {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownAuthority x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var netErr net.Error
	var urlErr *url.Error
	var opErr *net.OpError
	switch {
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("the name %s could not be looked up", dnsErr.Name)
	case errors.As(err, &certErr), errors.As(err, &unknownAuthority), errors.As(err, &hostErr):
		return "the site's security certificate is not trusted"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Sprintf("the site did not answer in time (%d s to connect, %d s in all)", int(ConnectTimeout.Seconds()), int(Timeout.Seconds()))
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return "no connection could be made to the site"
	case errors.As(err, &urlErr):
		return urlErr.Err.Error()
	}
	return err.Error()
}

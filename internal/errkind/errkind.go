// Package errkind makes errors that carry two things: a message in plain
// words for the analyst, and a kind — a sentinel error that callers test
// with errors.Is to decide what to offer (restore a backup, pick another
// file…).
package errkind

import "fmt"

type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

// New returns an error whose message is msg and which matches kind with errors.Is.
func New(kind error, msg string) error { return &kindError{kind: kind, msg: msg} }

// Errorf is New with a formatted message.
func Errorf(kind error, format string, args ...any) error {
	return &kindError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

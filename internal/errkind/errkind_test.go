package errkind

import (
	"errors"
	"testing"
)

func TestKindAndMessage(t *testing.T) {
	kind := errors.New("kind")
	other := errors.New("other")
	err := Errorf(kind, "cannot read %s", "a.txt")
	if err.Error() != "cannot read a.txt" {
		t.Errorf("message %q", err.Error())
	}
	if !errors.Is(err, kind) || errors.Is(err, other) {
		t.Error("errors.Is does not follow the kind")
	}
	if !errors.Is(New(kind, "x"), kind) || New(kind, "x").Error() != "x" {
		t.Error("New")
	}
}

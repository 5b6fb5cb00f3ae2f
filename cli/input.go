package cli

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// maxInput bounds what a command reads from a file or standard input.
const maxInput = 64 << 20

// openInput opens a named file, or standard input for "-", for reading.
func openInput(env Env, name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(env.Stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
	}
	return f, nil
}

// readInput reads a named file, or standard input for "-", whole.
func readInput(env Env, name string) ([]byte, error) {
	r, err := openInput(env, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", displayName(name), err)
	}
	if len(data) > maxInput {
		return nil, fmt.Errorf("%s is larger than %d MB", displayName(name), maxInput>>20)
	}
	return data, nil
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// unwrapPath drops the repeated path from *os.PathError messages.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// parseDay parses a YYYY-MM-DD flag value; "" gives the zero time.
func parseDay(flagName, value string) (time.Time, error) {
	t, err := briefing.ParseDay(value)
	if err != nil {
		return time.Time{}, usagef("--%s %v", flagName, err)
	}
	return t, nil
}

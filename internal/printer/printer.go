// Package printer sends a file to the system's printing: the lp or lpr
// spooler on Linux, BSD and macOS, the shell's print verb on Windows.
package printer

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// ErrNoPrinting is returned when the system has no way to print known here.
var ErrNoPrinting = errors.New("this system has no print spooler (lp or lpr): install CUPS, or export a PDF and print it from a PDF viewer")

// Command returns the program and arguments that print the file at path on
// the system goos, looking programs up with lookPath (exec.LookPath).
func Command(goos, path string, lookPath func(string) (string, error)) ([]string, error) {
	if goos == "windows" {
		ps, err := lookPath("powershell")
		if err != nil {
			return nil, ErrNoPrinting
		}
		quoted := "'" + strings.ReplaceAll(path, "'", "''") + "'"
		return []string{ps, "-NoProfile", "-NonInteractive", "-Command", "Start-Process -FilePath " + quoted + " -Verb Print"}, nil
	}
	for _, name := range []string{"lp", "lpr"} {
		if prog, err := lookPath(name); err == nil {
			return []string{prog, "--", path}, nil
		}
	}
	return nil, ErrNoPrinting
}

// Print sends the file at path to the default printer and returns the
// name of the program that took it.
func Print(path string) (string, error) {
	args, err := Command(runtime.GOOS, path, exec.LookPath)
	if err != nil {
		return "", err
	}
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	if err != nil {
		msg := strings.TrimSpace(string(out))
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("printing failed: %s", msg)
	}
	return args[0], nil
}

// PrintData prints data (a PDF) through a temporary file named like name.
// The file is removed once the spooler has taken it; on Windows, where the
// print verb hands it to a viewer that reads it later, it is left in the
// temporary folder.
func PrintData(name string, data []byte) (string, error) {
	f, err := os.CreateTemp("", "briefdesk-*-"+name)
	if err != nil {
		return "", fmt.Errorf("cannot prepare the file to print: %w", err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("cannot prepare the file to print: %w", err)
	}
	prog, err := Print(f.Name())
	if err != nil || runtime.GOOS != "windows" {
		os.Remove(f.Name())
	}
	return prog, err
}

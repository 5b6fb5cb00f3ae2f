// Package source turns the files an analyst opens — plain text, Markdown,
// web pages saved from a browser, e-mails and Word documents — into the text
// of an article with its title, address and publication date. Every reader
// returns valid UTF-8 and reports bad input as an error in plain words;
// all functions are safe for concurrent use.
package source

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/internal/errkind"
)

// MaxFileBytes is the largest file BriefDesk opens.
const MaxFileBytes = 20 << 20

// Source is an article read from a file.
type Source struct {
	Text  string // the article's paragraphs, separated by blank lines
	Title string // "" when the file names none
	URL   string // "" when the file names none
	// Author is the article's byline as the page states it; "" when unknown.
	Author string
	// Fetched is when the article was fetched from the web; zero when it
	// was read from a file.
	Fetched time.Time
	// Published is the publication date found in the file; zero when unknown.
	Published time.Time
}

// reader reads one kind of file from its bytes.
type reader func(data []byte) (Source, error)

// readers maps a lower-case file extension to its reader.
var readers = map[string]reader{
	".txt":  readText,
	".text": readText,
	".md":   readText,
	".html": readHTML,
	".htm":  readHTML,
	".eml":  readEmail,
	".docx": readDocx,
}

// ReadFile reads the file at path, choosing the reader by its extension.
// Error messages name the file by path as given.
func ReadFile(path string) (Source, error) {
	name := path
	read, err := readerFor(name)
	if err != nil {
		return Source{}, err
	}
	// Look before opening: opening a named pipe waits for a writer.
	info, err := os.Stat(path)
	if err != nil {
		return Source{}, openError(name, err)
	}
	if info.IsDir() {
		return Source{}, errkind.Errorf(ErrUnreadable, "%s is a folder, not a file", name)
	}
	if !info.Mode().IsRegular() {
		return Source{}, errkind.Errorf(ErrUnreadable, "%s is not a regular file (a pipe, device or socket): save the article to a file and open that", name)
	}
	f, err := os.Open(path)
	if err != nil {
		return Source{}, openError(name, err)
	}
	defer f.Close()
	if info.Size() > MaxFileBytes {
		return Source{}, tooLarge(name)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return Source{}, openError(name, err)
	}
	if len(data) > MaxFileBytes {
		return Source{}, tooLarge(name)
	}
	return run(name, read, data)
}

// Read reads a file's contents; name (a file name or path) chooses the
// reader by its extension and names the file in error messages.
func Read(name string, data []byte) (Source, error) {
	read, err := readerFor(name)
	if err != nil {
		return Source{}, err
	}
	if len(data) > MaxFileBytes {
		return Source{}, tooLarge(name)
	}
	return run(name, read, data)
}

// FromText decodes plain text: UTF-8 (with or without a byte-order mark),
// UTF-16 with a byte-order mark, or else Windows-1252.
func FromText(data []byte) Source {
	return Source{Text: clean(decodeText(data))}
}

func readText(data []byte) (Source, error) { return FromText(data), nil }

func readerFor(name string) (reader, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if read, ok := readers[ext]; ok {
		return read, nil
	}
	what := ext + " files"
	if ext == "" {
		what = "files without an extension"
	}
	return nil, errkind.Errorf(ErrUnsupported, "BriefDesk cannot read %s; open a .txt, .md, .html, .eml or .docx file", what)
}

// binaryFormats are the extensions whose files are not text to begin with.
var binaryFormats = map[string]bool{".docx": true}

// run applies a reader and checks that it found some text. A file of a
// text format whose bytes are not text (a program, an image, an archive
// renamed .html) is refused before it is read.
func run(name string, read reader, data []byte) (Source, error) {
	if !binaryFormats[strings.ToLower(filepath.Ext(name))] && looksBinary(data) {
		return Source{}, errkind.Errorf(ErrUnreadable, "cannot read %s: it is binary data, not text: open the article itself", name)
	}
	s, err := read(data)
	if err != nil {
		return Source{}, errkind.Errorf(ErrUnreadable, "cannot read %s: %v", name, err)
	}
	s.Text = clean(s.Text)
	s.Title = cleanLine(s.Title)
	s.URL = cleanLine(s.URL)
	s.Author = cleanLine(s.Author)
	if strings.TrimSpace(s.Text) == "" {
		return Source{}, errkind.Errorf(ErrNoText, "%s contains no article text", name)
	}
	return s, nil
}

func openError(name string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return errkind.Errorf(ErrUnreadable, "cannot read %s: %v", name, err)
}

func tooLarge(name string) error {
	return errkind.Errorf(ErrTooLarge, "%s is larger than %d MB", name, MaxFileBytes>>20)
}

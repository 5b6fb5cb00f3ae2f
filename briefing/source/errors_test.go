package source

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestReadFileErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	write := func(name string, data []byte) string {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	big := "huge.txt"
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Mkdir("folder.txt", 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		path string
		kind error
		msg  string
	}{
		{big, ErrTooLarge, "huge.txt is larger than 20 MB"},
		{write("paper.pdf", []byte("%PDF-1.7")), ErrUnsupported,
			"BriefDesk cannot read .pdf files; open a .txt, .md, .html, .eml or .docx file"},
		{write("README", []byte("text")), ErrUnsupported, "BriefDesk cannot read files without an extension"},
		{"missing.txt", ErrUnreadable, "cannot read missing.txt: no such file or directory"},
		{"folder.txt", ErrUnreadable, "folder.txt is a folder, not a file"},
		{write("blank.txt", []byte(" \r\n\t\n")), ErrNoText, "blank.txt contains no article text"},
		{write("empty.html", []byte("<html><nav><p>Home</p></nav></html>")), ErrNoText, "empty.html contains no article text"},
		{write("broken.docx", []byte("PK\x03\x04 not really")), ErrUnreadable,
			"cannot read broken.docx: it is not a valid .docx file (not a zip archive)"},
		{write("noword.docx", zipOf(t, map[string]string{"a.txt": "x"})), ErrUnreadable,
			"cannot read noword.docx: it is not a valid .docx file (it has no word/document.xml)"},
		{write("badxml.docx", zipOf(t, map[string]string{"word/document.xml": "<w:document><w:body>"})), ErrUnreadable,
			"cannot read badxml.docx: the document is damaged (word/document.xml is not valid XML)"},
		{write("garbage.eml", []byte("not a header\n")), ErrUnreadable,
			"cannot read garbage.eml: it is not a valid e-mail message"},
		{write("program.html", binaryData()), ErrUnreadable, "cannot read program.html: it is binary data, not text"},
		{write("image.eml", binaryData()), ErrUnreadable, "cannot read image.eml: it is binary data, not text"},
		{write("nuls.txt", make([]byte, 300)), ErrUnreadable, "cannot read nuls.txt: it is binary data"},
		{write("bom.txt", []byte("\xEF\xBB\xBF")), ErrNoText, "bom.txt contains no article text"},
		{write("noboundary.eml", []byte("Content-Type: multipart/mixed\n\nbody")), ErrUnreadable,
			"cannot read noboundary.eml: a multipart section of the message has no boundary"},
		{write("attachment-only.eml", []byte("Content-Type: text/plain\nContent-Disposition: attachment\n\nhidden")), ErrUnreadable,
			"cannot read attachment-only.eml: the message has no text to read"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			s, err := ReadFile(tt.path)
			if err == nil {
				t.Fatalf("no error; read %q", s.Text)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %q is not %v", err, tt.kind)
			}
			if !strings.HasPrefix(err.Error(), tt.msg) {
				t.Errorf("error = %q, want it to start with %q", err, tt.msg)
			}
		})
	}
}

func TestReadChecksSizeAndExtension(t *testing.T) {
	if _, err := Read("big.txt", make([]byte, MaxFileBytes+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized data: err = %v", err)
	}
	if _, err := Read("/some/where/page.XYZ", []byte("x")); err == nil ||
		err.Error() != "BriefDesk cannot read .xyz files; open a .txt, .md, .html, .eml or .docx file" {
		t.Errorf("unknown extension: err = %v", err)
	}
	s, err := Read(`C:\Users\me\Page.HTM`, []byte("<p>Upper-case extension works.</p>"))
	if err != nil || s.Text != "Upper-case extension works." {
		t.Errorf("Read .HTM = %q, %v", s.Text, err)
	}
}

// binaryData is 4 KB of every byte value in turn, as in a program or image.
func binaryData() []byte {
	out := make([]byte, 4096)
	for i := range out {
		out[i] = byte(i * 7)
	}
	return out
}

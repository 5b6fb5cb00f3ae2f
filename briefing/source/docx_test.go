package source

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// zipOf packs files into a zip archive.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadDocx(t *testing.T) {
	tests := []struct {
		name, body, title string
		wantText          string
		wantTitle         string
	}{
		{"paragraphs in order", `<w:p><w:r><w:t>One.</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Two.</w:t></w:r></w:p>`,
			"", "One.\n\nTwo.", ""},
		{"split runs keep spaces", `<w:p><w:r><w:t xml:space="preserve">Hello </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>world</w:t></w:r></w:p>`,
			"", "Hello world", ""},
		{"title style without core title", `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Headline</w:t></w:r></w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>`,
			"", "Body.", "Headline"},
		{"core title wins", `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Headline</w:t></w:r></w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>`,
			"Stored title", "Body.", "Stored title"},
		{"escaped characters", `<w:p><w:r><w:t>AT&amp;T &lt;says&gt; “hi”</w:t></w:r></w:p>`, "", "AT&T <says> “hi”", ""},
		{"deleted text and field codes", `<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>`,
			"", "Kept", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("doc.docx", buildDocx(tt.body, tt.title))
			if err != nil {
				t.Fatal(err)
			}
			if s.Text != tt.wantText || s.Title != tt.wantTitle {
				t.Errorf("got text %q title %q; want %q, %q", s.Text, s.Title, tt.wantText, tt.wantTitle)
			}
		})
	}
}

// TestReadDocxRefusesZipBomb packs 70 MB of repeated text into a small
// file; the reader must refuse it without unpacking it all.
func TestReadDocxRefusesZipBomb(t *testing.T) {
	para := `<w:p><w:r><w:t>` + strings.Repeat("a", 1000) + `</w:t></w:r></w:p>`
	doc := `<w:document xmlns:w="` + nsWord + `"><w:body>` + strings.Repeat(para, 70_000) + `</w:body></w:document>`
	bomb := zipOf(t, map[string]string{"word/document.xml": doc})
	if len(bomb) > MaxFileBytes {
		t.Fatalf("the bomb is %d bytes, larger than a file BriefDesk opens", len(bomb))
	}
	_, err := Read("bomb.docx", bomb)
	if err == nil || !strings.Contains(err.Error(), "unpacks to more than 64 MB") {
		t.Fatalf("err = %v", err)
	}
	// A directory that understates the size is caught while unpacking.
	zr, err := zip.NewReader(bytes.NewReader(bomb), int64(len(bomb)))
	if err != nil {
		t.Fatal(err)
	}
	zr.File[0].UncompressedSize64 = 10
	if _, err := openPart(zr, "word/document.xml"); err == nil {
		t.Error("a part larger than its stated size was accepted")
	}
}

package source

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
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

// zipBomb returns a small .docx whose document.xml unpacks to over 70 MB:
// one compressed megabyte of paragraphs repeated, as a single deflate
// stream (each chunk ends on a block boundary), with an honest directory.
func zipBomb(t *testing.T) []byte {
	t.Helper()
	chunk := []byte(strings.Repeat(`<w:p><w:r><w:t>`+strings.Repeat("a", 1000)+`</w:t></w:r></w:p>`, 1000))
	head := []byte(`<w:document xmlns:w="` + nsWord + `"><w:body>`)
	var stream bytes.Buffer
	deflateBlocks(t, &stream, head)
	packed := deflateBlocks(t, &bytes.Buffer{}, chunk)
	crc := crc32.Update(0, crc32.IEEETable, head)
	size := uint64(len(head))
	for i := 0; i < 70; i++ {
		stream.Write(packed)
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
		size += uint64(len(chunk))
	}
	stream.Write([]byte{0x03, 0x00}) // a final, empty block
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CRC32: crc, CompressedSize64: uint64(stream.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(stream.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// deflateBlocks compresses data into w as non-final deflate blocks and
// returns those bytes.
func deflateBlocks(t *testing.T, w *bytes.Buffer, data []byte) []byte {
	start := w.Len()
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	if err := fw.Flush(); err != nil {
		t.Fatal(err)
	}
	return w.Bytes()[start:]
}

// TestReadDocxRefusesZipBomb checks that a small file that unpacks to
// more than the limit is refused, whether its directory tells the true
// size or understates it.
func TestReadDocxRefusesZipBomb(t *testing.T) {
	bomb := zipBomb(t)
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes, meant to be small", len(bomb))
	}
	_, err := Read("bomb.docx", bomb)
	if err == nil || !strings.Contains(err.Error(), "unpacks to more than 64 MB") {
		t.Fatalf("err = %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(bomb), int64(len(bomb)))
	if err != nil {
		t.Fatal(err)
	}
	zr.File[0].UncompressedSize64 = 10
	if _, err := openPart(zr, "word/document.xml"); err == nil {
		t.Error("a part larger than its stated size was accepted")
	}
}

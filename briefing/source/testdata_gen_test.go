package source

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// generatedFiles are the sample files built by code (encodings, zip and
// MIME bodies are easier to get right that way); TestGeneratedTestdata
// checks the stored copies and -update rewrites them.
var generatedFiles = map[string]func() []byte{
	"utf8-bom.txt": func() []byte {
		return append(append([]byte{}, bomUTF8...), "Zoë Saldaña spoke in Paris on Friday.\r\nShe thanked the jury.\r\n"...)
	},
	"utf16le.txt": func() []byte {
		return encode(utf16(xunicode.LittleEndian), "Łódź – 12 °C on Monday.\nTrains ran late.\n")
	},
	"utf16be.text": func() []byte {
		return encode(utf16(xunicode.BigEndian), "東京で会談が開かれた。\n両国は合意した。\n")
	},
	"windows-1252.txt": func() []byte {
		return encode(charmap.Windows1252, "“Smart quotes” cost €5 – naïve café owners said on Monday.\r\n")
	},
	"windows-1252.html": func() []byte {
		return encode(charmap.Windows1252, `<html><head><meta charset="windows-1252"><title>Café society – a profile</title>
<meta name="date" content="2023-11-20"></head><body><p>“The café opened in 1998,” she said – and it still serves €2 coffee.</p></body></html>`)
	},
	"alternative.eml": alternativeEmail,
	"html-only.eml":   htmlOnlyEmail,
	"report.docx":     sampleDocx,
}

func TestGeneratedTestdata(t *testing.T) {
	for name, build := range generatedFiles {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, build(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		stored, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(stored, build()) {
			t.Errorf("%s is out of date: run go test -run TestGeneratedTestdata -update", path)
		}
	}
}

func utf16(order xunicode.Endianness) encoding.Encoding {
	return xunicode.UTF16(order, xunicode.UseBOM)
}

func encode(enc encoding.Encoding, s string) []byte {
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err) // the samples are written to be encodable
	}
	return out
}

func quotedPrintable(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// base64Lines encodes data in 76-character lines, as mail clients do.
func base64Lines(data []byte) string {
	enc := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
	return b.String()
}

func crlf(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

func alternativeEmail() []byte {
	plain := "The ministers of Jordan and Israel agreed on Tuesday to a water-sharing plan that gives Jordan " +
		"an extra 50 million cubic metres a year, officials said.\n\nThe plan runs until 2030.\n"
	html := "<html><body><p>HTML version: The ministers of Jordan and Israel agreed on Tuesday.</p></body></html>"
	return []byte(crlf(`From: Desk <desk@example.org>
To: Analysts <analysts@example.org>
Subject: Fwd: =?utf-8?q?Ministers_agree_water-sharing_plan?=
Date: Tue, 11 Jun 2024 14:05:00 +0200
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

` + quotedPrintable(plain) + `
--inner
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

` + base64Lines([]byte(html)) + `--inner--

--outer
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment; filename="notes.txt"

Attached notes, not the article.
--outer--
`))
}

func htmlOnlyEmail() []byte {
	html := encode(charmap.ISO8859_1, `<html><head><link rel="canonical" href="https://journal.example.ch/geneve"></head><body>
<div class="newsletter-footer"><p>Se désabonner</p></div>
<article><p>Les électeurs de Genève ont approuvé dimanche la nouvelle loi sur le logement à 54 %.</p></article></body></html>`)
	return []byte(crlf(`From: =?iso-8859-1?q?Journal_de_Gen=E8ve?= <info@example.ch>
Subject: =?iso-8859-1?b?yWxlY3Rpb24g4CBHZW7o?= =?iso-8859-1?q?ve?=
Date: 2 Feb 2024 07:00:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: base64

` + base64Lines(html)))
}

// sampleDocx is a Word document with the parts Word writes and the
// constructs a reader must handle: runs split by spell-check marks, a
// table, a tab and a line break, tracked deletions, a field code, a
// hyperlink and a text box with its fallback copy.
func sampleDocx() []byte {
	body := `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Port agreement</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The port authorities of </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>Tangier</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> and Algeciras signed a cooperation agreement on Thursday.</w:t></w:r><w:del w:id="1" w:author="Ed"><w:r><w:delText> withdrawn wording</w:delText></w:r></w:del></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cargo</w:t></w:r><w:r><w:tab/><w:t>Tonnes</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>Second line</w:t></w:r><w:r><w:br/><w:t>after a break</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink r:id="rId5"><w:r><w:t>See the agreement.</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Text box note</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Fallback copy</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	return buildDocx(body, "Port agreement signed")
}

// buildDocx packs a document body (the children of w:body) and a title
// into a .docx file with fixed dates, so the bytes are reproducible.
func buildDocx(body, title string) []byte {
	parts := []struct{ name, content string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"><w:body>` +
			body + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` +
			title + `</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-05-02T10:00:00Z</dcterms:created></cp:coreProperties>`},
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate,
			Modified: time.Date(2024, 5, 2, 10, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		w.Write([]byte(p.content))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

package docx

import (
	"bytes"
	"encoding/xml"
	"strings"

	"github.com/gomutex/godocx/docx"
	"github.com/gomutex/godocx/wml/ctypes"
	"github.com/gomutex/godocx/wml/stypes"
)

// Page sizes in twentieths of a point, and the margin (2 cm).
const (
	a4Width, a4Height         = 11906, 16838
	letterWidth, letterHeight = 12240, 15840
	margin                    = 1134
)

const (
	relHeader  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relFooter  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	typeHeader = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	typeFooter = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	wordNS     = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
)

// addFurniture sets the page size and adds a header with the marking and
// a footer with the marking and "Page N of M".
func addFurniture(doc *docx.RootDoc, marking, paper string) error {
	w, h := uint64(a4Width), uint64(a4Height)
	if strings.EqualFold(paper, "letter") {
		w, h = letterWidth, letterHeight
	}
	m, edge := margin, margin/2
	sect := &ctypes.SectionProp{
		PageSize:   &ctypes.PageSize{Width: &w, Height: &h},
		PageMargin: &ctypes.PageMargin{Top: &m, Bottom: &m, Left: &m, Right: &m, Header: &edge, Footer: &edge, Gutter: new(int)},
	}
	headerID, err := addPart(doc, "header1.xml", relHeader, typeHeader, "hdr", markingRuns(marking))
	if err != nil {
		return err
	}
	footer := markingRuns(marking)
	if footer != "" {
		footer += run(" · ", false)
	}
	footer += run("Page ", false) + field("PAGE") + run(" of ", false) + field("NUMPAGES")
	footerID, err := addPart(doc, "footer1.xml", relFooter, typeFooter, "ftr", footer)
	if err != nil {
		return err
	}
	sect.HeaderReference = &ctypes.HeaderReference{Type: stypes.HdrFtrDefault, ID: headerID}
	sect.FooterReference = &ctypes.FooterReference{Type: stypes.HdrFtrDefault, ID: footerID}
	doc.Document.Body.SectPr = sect
	return nil
}

// addPart stores a header or footer part holding one centred paragraph of
// runs, and returns its relationship ID.
func addPart(doc *docx.RootDoc, name, rel, contentType, root, runs string) (string, error) {
	part := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:` + root + ` xmlns:w="` + wordNS + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + runs + `</w:p></w:` + root + `>`
	doc.FileMap.Store("word/"+name, []byte(part))
	if err := doc.ContentType.AddOverride("/word/"+name, contentType); err != nil {
		return "", err
	}
	id := "rId" + itoa(doc.Document.IncRelationID())
	doc.Document.DocRels.Relationships = append(doc.Document.DocRels.Relationships,
		&docx.Relationship{ID: id, Type: rel, Target: name})
	return id, nil
}

// markingRuns is the marking in bold capitals, or "" when there is none.
func markingRuns(marking string) string {
	if strings.TrimSpace(marking) == "" {
		return ""
	}
	return run(strings.ToUpper(strings.TrimSpace(marking)), true)
}

// run is one run of text, bold or not.
func run(text string, bold bool) string {
	var buf bytes.Buffer
	_ = xml.EscapeText(&buf, []byte(text))
	props := ""
	if bold {
		props = "<w:rPr><w:b/></w:rPr>"
	}
	return `<w:r>` + props + `<w:t xml:space="preserve">` + buf.String() + `</w:t></w:r>`
}

// field is a field the word processor fills in, such as PAGE.
func field(instr string) string {
	return `<w:fldSimple w:instr="` + instr + `"><w:r><w:t>1</w:t></w:r></w:fldSimple>`
}

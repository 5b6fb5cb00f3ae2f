package source

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// maxDocxXML bounds the unpacked size of a part of a .docx file, so that a
// small file that unpacks to gigabytes (a zip bomb) is refused.
const maxDocxXML = 64 << 20

// Namespaces of the WordprocessingML and package metadata elements read.
const (
	nsWord   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsMarkup = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsDC     = "http://purl.org/dc/elements/1.1/"
)

var errDocxTooLarge = errors.New("the document unpacks to more than 64 MB")

// readDocx reads a Word document: the paragraphs of word/document.xml in
// order, and the title from the document properties.
func readDocx(data []byte) (Source, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Source{}, errors.New("it is not a valid .docx file (not a zip archive)")
	}
	doc, err := openPart(zr, "word/document.xml")
	if err != nil {
		return Source{}, err
	}
	if doc == nil {
		return Source{}, errors.New("it is not a valid .docx file (it has no word/document.xml)")
	}
	paras, title, err := docxParagraphs(doc)
	if err != nil {
		return Source{}, err
	}
	if core, err := openPart(zr, "docProps/core.xml"); err == nil && core != nil {
		title = firstNonEmpty(coreTitle(core), title)
	}
	return Source{Text: strings.Join(paras, "\n\n"), Title: title}, nil
}

// openPart returns the unpacked bytes of a part, or nil when it is missing.
func openPart(zr *zip.Reader, name string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > maxDocxXML {
			return nil, errDocxTooLarge
		}
		rc, err := f.Open()
		if err != nil {
			return nil, errors.New("the document is damaged (" + name + " cannot be unpacked)")
		}
		defer rc.Close()
		out, err := io.ReadAll(io.LimitReader(rc, maxDocxXML+1))
		if err != nil {
			return nil, errors.New("the document is damaged (" + name + " cannot be unpacked)")
		}
		if len(out) > maxDocxXML {
			return nil, errDocxTooLarge
		}
		return out, nil
	}
	return nil, nil
}

// docxParagraphs returns the text of each non-empty paragraph, and the
// first paragraph styled as the title. Deleted text (w:delText), field
// codes and the fallback copies of text boxes are left out; a paragraph
// inside a text box comes before the paragraph that holds the box.
func docxParagraphs(doc []byte) (paras []string, title string, err error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.CharsetReader = charsetReader
	var open []*docxPara // paragraphs being read, innermost last
	inText := false
	fallback := 0 // depth inside mc:Fallback
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return paras, title, nil
		}
		if err != nil {
			return nil, "", errors.New("the document is damaged (word/document.xml is not valid XML)")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if fallback > 0 || t.Name.Space == nsMarkup && t.Name.Local == "Fallback" {
				fallback++
			} else if t.Name.Space == nsWord {
				if t.Name.Local == "p" {
					open = append(open, &docxPara{})
				} else if len(open) > 0 {
					inText = open[len(open)-1].start(t)
				}
			}
		case xml.EndElement:
			switch {
			case fallback > 0:
				fallback--
			case t.Name.Space != nsWord:
			case t.Name.Local == "t":
				inText = false
			case t.Name.Local == "p" && len(open) > 0:
				p := open[len(open)-1]
				open = open[:len(open)-1]
				text := strings.TrimSpace(p.text.String())
				if text != "" && p.isTitle && title == "" {
					title = text
				} else if text != "" {
					paras = append(paras, text)
				}
			}
		case xml.CharData:
			if inText && fallback == 0 && len(open) > 0 {
				open[len(open)-1].text.Write(t)
			}
		}
	}
}

// docxPara is a paragraph being read.
type docxPara struct {
	text    strings.Builder
	isTitle bool
}

// start handles a w: element inside the paragraph and reports whether it
// opens text (w:t).
func (p *docxPara) start(e xml.StartElement) bool {
	switch e.Name.Local {
	case "t":
		return true
	case "tab":
		p.text.WriteByte('\t')
	case "br", "cr":
		p.text.WriteByte('\n')
	case "noBreakHyphen":
		p.text.WriteByte('-')
	case "pStyle":
		p.isTitle = strings.EqualFold(wordAttr(e, "val"), "Title")
	}
	return false
}

// wordAttr returns a w: attribute of an element.
func wordAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && (a.Name.Space == nsWord || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// coreTitle returns dc:title from docProps/core.xml, or "".
func coreTitle(core []byte) string {
	d := xml.NewDecoder(bytes.NewReader(core))
	d.CharsetReader = charsetReader
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Space == nsDC && se.Name.Local == "title" {
			var s string
			if d.DecodeElement(&s, &se) != nil {
				return ""
			}
			return s
		}
	}
}

package text

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Masthead returns the organisation whose name alone makes the first line
// of the text, as a company's release or a committee's record opens
// ("Kestrel Logistics Group plc", "Transport Committee"): the body that
// issues the document. A legal form may follow the name.
func Masthead(d *doc.Document) (int, bool) {
	return firstLineBody(d, false)
}

// Issuer returns the organisation that issues the document as its
// masthead (see Masthead) or as the name before the title of its own
// document on the first line ("Calder & Finch plc  Annual Report and
// Accounts 2024", "Northvale Semiconductor, Inc. (NVSC) Q3 2025 Earnings
// Call Transcript"): the voice of its unquoted "we".
func Issuer(d *doc.Document) (int, bool) {
	if p, ok := firstLineBody(d, true); ok {
		return p, true
	}
	return furnitureMasthead(d)
}

// furnitureMasthead returns the organisation whose name or alias alone,
// or with the title of its own document, makes the first line of the text
// when that line was read as a page's furniture ("Westway Trains" over
// "Home > Travel updates > …", "Loomwell Blog"), so that no mention of it
// was read there.
func furnitureMasthead(d *doc.Document) (int, bool) {
	if len(d.Furniture) == 0 || strings.TrimSpace(d.Text[:d.Furniture[0].Start]) != "" {
		return 0, false
	}
	line := d.Text[d.Furniture[0].Start:d.Furniture[0].End]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	line = strings.TrimSpace(line)
	for p, party := range d.Parties {
		if party.Kind != briefing.KindOrganisation {
			continue
		}
		for _, name := range append([]string{party.Name}, party.Aliases...) {
			if strings.EqualFold(name, line) {
				return p, true
			}
			if rest, ok := strings.CutPrefix(line, name+" "); ok && ownDocumentTitle(strings.Fields(rest)) {
				return p, true // "Loomwell Blog" over the company's own post
			}
		}
	}
	return 0, false
}

// firstLineBody returns the organisation whose name opens the first line
// of the text with nothing after it but a legal form, or, when titled is
// true, the title of its own document.
func firstLineBody(d *doc.Document, titled bool) (int, bool) {
	if len(d.Sentences) == 0 || strings.TrimSpace(d.Text[:d.Sentences[0].Start]) != "" {
		return 0, false
	}
	sp := d.Sentences[0]
	lineEnd := sp.End
	if nl := strings.IndexByte(d.Text[sp.Start:sp.End], '\n'); nl >= 0 && titled {
		lineEnd = sp.Start + nl
	}
	for p, party := range d.Parties {
		if party.Kind != briefing.KindOrganisation {
			continue
		}
		for _, m := range party.Mentions {
			if m.Start != sp.Start || m.End > lineEnd {
				continue
			}
			rest := strings.Fields(d.Text[m.End:lineEnd])
			if len(rest) == 0 || len(rest) == 1 && LegalForm(rest[0]) || titled && ownDocumentTitle(rest) {
				return p, true
			}
		}
	}
	return 0, false
}

// ownDocumentTitle reports whether the words after a name on a first line
// are the title of a document the body issues: capitalised words,
// numbers, a ticker in brackets and the small words of titles, one of
// them a word for such a document ("Annual Report and Accounts 2024",
// "Q3 2025 Earnings Call Transcript").
func ownDocumentTitle(words []string) bool {
	found := false
	for _, w := range words {
		w = strings.Trim(w, "(),:|–—-")
		switch {
		case w == "" || titleSmallWords[w] || LegalForm(w):
		case companyDocuments[w]:
			found = true
		case !FirstRuneUpper(w) && (w[0] < '0' || w[0] > '9'):
			return false
		}
	}
	return found
}

// titleSmallWords are the lower-case words inside a document's title.
var titleSmallWords = SetOf("and", "of", "the", "for", "to", "on", "&")

// companyDocuments are the words for the documents a body issues under its
// own name.
var companyDocuments = SetOf("Report", "Accounts", "Results", "Statement", "Release", "Update", "Transcript", "Announcement",
	"Review", "Circular", "Prospectus", "Factsheet", "Bulletin", "Newsletter", "Blog", "Newsroom")

// LegalForm reports whether w is the legal form a company's name may end
// in ("plc", "Ltd.", "Inc").
func LegalForm(w string) bool {
	return legalForms[strings.ToLower(strings.TrimRight(w, "."))]
}

// legalForms are the legal forms of companies, in lower case.
var legalForms = SetOf("plc", "ltd", "limited", "inc", "llc", "llp", "lp", "pty", "corp", "ag", "sa", "nv", "bv", "se", "gmbh")

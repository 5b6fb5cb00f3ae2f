// Package pdf exports a brief as a PDF: A4 or US Letter, the marking in a
// coloured banner at the top and bottom of every page, a title block, the
// sections (Summary, Parties, Commitments, Background, Key dates and
// figures) with a [S#] sentence reference on every item, and the source
// reprinted with its sentence numbers. Pages carry "Page N of M"; the
// document has metadata and one outline entry a section; table headers
// repeat after a page break.
//
// Text is laid out by this package, not by fpdf's MultiCell or Write:
// it chooses a font for every character by reading the fonts' cmap
// tables (DejaVu Sans Regular and Bold, and Droid Sans Fallback, which is
// embedded only when the brief has characters only it covers, such as
// Chinese, Japanese or Korean), breaks lines at spaces, between CJK
// characters and inside over-long words and URLs, then draws each run
// with fpdf. Characters outside the Basic Multilingual Plane (emoji) and
// characters no embedded font has are drawn as U+FFFD (a diamond with a
// question mark), so no empty box ever appears.
//
// Arabic and Hebrew are drawn right to left: lines are broken in logical
// order and then put into visual order with a reduced form of the Unicode
// bidirectional algorithm (no explicit embeddings or isolates, no
// bracket-pair rule), and Arabic letters take their contextual
// presentation forms (isolated, initial, medial, final, lam-alef). Limits:
// only the basic Arabic letters U+0621–U+064A are joined (Persian and Urdu
// letters such as پ or گ are drawn unjoined); vowel marks are not
// positioned; copying Arabic text out of the PDF gives presentation-form
// characters, which search tools fold back with NFKC.
//
// Output is deterministic: the same brief gives the same bytes (sorted
// catalogs, dates taken from the brief, never from the clock).
package pdf

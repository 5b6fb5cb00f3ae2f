package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/export"
)

// secondReport is another outlet's report of the call in shortArticle.
const secondReport = "BEIJING – President Xi Jinping told King Mohammed VI in a telephone call on Monday that China " +
	"would supply vaccines to Morocco once the trials end, Xinhua reported.\n\n" +
	"The World Health Organization welcomed the agreement on Tuesday. " +
	"The two leaders agreed to expand cooperation in trade and tourism."

// addPastedSource adds text to the open brief through Add source from
// pasted text and waits for the drafting.
func addPastedSource(t *testing.T, u *UI, text string) {
	t.Helper()
	u.addSourceBy(u.pasteInto)
	if !hasText(topOverlay(t, u), "Add a source from pasted text") {
		t.Fatal("Add source from pasted text shows no dialog of that title")
	}
	draftInDialog(t, u, text, "2020-08-31")
}

// chip returns the provenance chip labelled label in the editor, or nil.
func chip(u *UI, label string) fyne.CanvasObject {
	if b := button(u.editor.root, label); b != nil {
		return b
	}
	return nil
}

// partyNames lists the parties of the open brief.
func partyNames(u *UI) []string {
	var out []string
	for _, p := range u.sess.Brief.Parties {
		out = append(out, p.Name)
	}
	return out
}

// TestAddSourceSaveReopenExport adds a second source to a saved brief,
// follows a provenance chip into it, saves, reopens the archive in a new
// window and exports the brief as a PDF.
func TestAddSourceSaveReopenExport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "archive.db")
	u := newTestUI(t, path)
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	u.save()
	id := u.sess.Brief.ID
	if id == "" || u.source.tabs != nil {
		t.Fatalf("saved as %q; tabs for one source: %v", id, u.source.tabs != nil)
	}

	addPastedSource(t, u, secondReport)
	b := u.sess.Brief
	if b.SourceCount() != 2 || b.Others[0].ID != "B" || !u.sess.Dirty() || !strings.HasPrefix(u.Window().Title(), "* ") {
		t.Fatalf("after adding: %d sources, dirty %v, title %q", b.SourceCount(), u.sess.Dirty(), u.Window().Title())
	}
	if !slices.Contains(partyNames(u), "World Health Organization") {
		t.Errorf("the second source's party is missing: %v", partyNames(u))
	}
	// Both report Morocco: one party, cited in both sources.
	for _, p := range b.Parties {
		if p.Name == "Morocco" && !slices.Equal(b.SourceIDs(p.Mentions), []string{"A", "B"}) {
			t.Errorf("Morocco is cited in %v, want A and B", b.SourceIDs(p.Mentions))
		}
	}
	if n := len(slices.DeleteFunc(partyNames(u), func(s string) bool { return s != "Morocco" })); n != 1 {
		t.Errorf("Morocco is %d parties after adding the second report, want 1", n)
	}
	if u.source.tabs == nil || len(u.source.tabs.Items) != 2 || u.source.current().src.ID != "B" {
		t.Fatal("the source pane does not show the new source in a second tab")
	}

	// A chip of the first source's sentence opens tab A at that sentence.
	u.source.reveal("B")
	c := chip(u, "A·S1")
	if c == nil {
		t.Fatal("no provenance chip A·S1 in the editor")
	}
	test.Tap(c.(fyne.Tappable))
	if cur := u.source.current(); cur.src.ID != "A" || !slices.Contains(u.source.highlighted(), 1) {
		t.Errorf("tapping A·S1 shows source %s with %v lit", cur.src.ID, u.source.highlighted())
	}
	c = chip(u, "B·S2")
	if c == nil {
		t.Fatal("no provenance chip B·S2 in the editor")
	}
	test.Tap(c.(fyne.Tappable))
	if cur := u.source.current(); cur.src.ID != "B" || !slices.Contains(u.source.highlighted(), 2) {
		t.Errorf("tapping B·S2 shows source %s with %v lit", cur.src.ID, u.source.highlighted())
	}

	// A sentence of the second source can be added to the summary.
	test.Tap(u.source.view("B").views[2])
	if !hasText(topOverlay(t, u), "Add B·S3 to Summary") {
		t.Error("tapping a sentence of source B does not offer it by its name")
	}
	u.win.Canvas().Overlays().Top().Hide()

	u.save()
	if u.sess.Dirty() || u.sess.Brief.ID != id {
		t.Fatalf("after saving: dirty %v, id %q (was %q)", u.sess.Dirty(), u.sess.Brief.ID, id)
	}
	u.jobs.Wait()
	u.closeArchive()

	// Reopen the archive in a new window and open the brief from the list.
	u = newTestUI(t, path)
	if u.list.total != 1 {
		t.Fatalf("the reopened archive lists %d briefs", u.list.total)
	}
	u.openBrief(id, func() {})
	if u.sess == nil || u.sess.Brief.SourceCount() != 2 || u.source.tabs == nil || len(u.source.tabs.Items) != 2 {
		t.Fatal("the reopened brief lost its second source")
	}
	if !slices.Contains(partyNames(u), "World Health Organization") || chip(u, "B·S2") == nil {
		t.Error("the reopened brief lacks the second source's items or their chips")
	}

	pdfPath := filepath.Join(dir, export.FileName(u.sess.Brief.Title, export.PDF))
	u.exportTo(pdfPath, export.PDF)
	u.jobs.Wait()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdfPath, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"World Health Organization", "Morocco"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if _, err := os.Stat(pdfPath); err != nil {
		t.Error(err)
	}
}

// TestRemoveSourceAsksFirst removes the second source after the
// confirmation, which names what goes with it, and undoes the removal.
func TestRemoveSourceAsksFirst(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	addPastedSource(t, u, secondReport)
	parties := len(u.sess.Brief.Parties)
	u.undo()
	if u.sess.Brief.SourceCount() != 1 || u.source.tabs != nil {
		t.Fatal("Undo did not take the added source out")
	}
	u.redo()
	if u.sess.Brief.SourceCount() != 2 || u.source.tabs == nil || len(u.sess.Brief.Parties) != parties {
		t.Fatal("Redo did not add the source again")
	}

	test.Tap(button(u.source.view("B").root, "Remove source…"))
	if !hasText(topOverlay(t, u), "Remove source B?") || !hasText(topOverlay(t, u), "part") {
		t.Fatal("removing a source does not ask first, naming what goes")
	}
	tapIn(t, u, "Cancel")
	if u.sess.Brief.SourceCount() != 2 {
		t.Fatal("Cancel removed the source")
	}

	u.removeSource("B")
	tapIn(t, u, "Remove source")
	if u.sess.Brief.SourceCount() != 1 || u.source.tabs != nil {
		t.Fatalf("after removing: %d sources, tabs %v", u.sess.Brief.SourceCount(), u.source.tabs != nil)
	}
	if slices.Contains(partyNames(u), "World Health Organization") || len(u.sess.Brief.Parties) >= parties {
		t.Errorf("the party only source B named stayed: %v", partyNames(u))
	}
	if err := u.sess.Brief.Validate(); err != nil {
		t.Error(err)
	}

	test.Tap(u.status.action) // Undo
	if u.sess.Brief.SourceCount() != 2 || u.source.tabs == nil || !slices.Contains(partyNames(u), "World Health Organization") {
		t.Error("Undo did not bring the source and its items back")
	}
}

// TestAddSourceNeedsABrief checks the messages when there is no brief to
// add to, or it was closed while the new source was drafted.
func TestAddSourceNeedsABrief(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	u.addSourceBy(u.pasteInto)
	if !hasText(topOverlay(t, u), "No brief is open") {
		t.Error("adding a source with no brief open says nothing")
	}
	tapIn(t, u, "OK")
	u.askRemoveSource()
	tapIn(t, u, "OK")

	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	closed := NewSession(&briefing.Brief{Title: "Closed meanwhile"})
	u.addDrafted(closed, "", &briefing.Brief{}, nil)
	if !hasText(topOverlay(t, u), "closed meanwhile") || closed.Brief.SourceCount() != 1 {
		t.Error("a source drafted for a brief closed meanwhile was not refused")
	}
	tapIn(t, u, "OK")
	u.askRemoveSource()
	if !hasText(topOverlay(t, u), "only one source") {
		t.Error("removing the only source is not refused")
	}
}

func TestChipLabelAndRemovalText(t *testing.T) {
	one := &briefing.Brief{}
	two := &briefing.Brief{Others: []briefing.Source{{ID: "B"}}}
	if got := chipLabel(one, briefing.Citation{Source: "A", Sentence: 4}); got != "S4" {
		t.Errorf("one source: %q", got)
	}
	if got := chipLabel(two, briefing.Citation{Source: "B", Sentence: 4}); got != "B·S4" {
		t.Errorf("two sources: %q", got)
	}
	full := &briefing.Brief{Summary: make([]briefing.Item, 3), Parties: make([]briefing.Party, 4),
		Commitments: make([]briefing.Commitment, 2), Dates: make([]briefing.DateRef, 1), Disagreements: make([]briefing.Disagreement, 2)}
	tests := []struct {
		after *briefing.Brief
		want  string
	}{
		{full, ""},
		{&briefing.Brief{Summary: full.Summary, Parties: full.Parties[1:], Commitments: full.Commitments,
			Dates: full.Dates, Disagreements: full.Disagreements}, "1 party"},
		{&briefing.Brief{Summary: full.Summary[2:], Parties: full.Parties, Commitments: full.Commitments[1:],
			Dates: full.Dates, Disagreements: full.Disagreements}, "2 summary items and 1 commitment"},
		{&briefing.Brief{Summary: full.Summary, Parties: full.Parties[3:], Commitments: full.Commitments}, "3 parties, 1 key date and 2 disagreements"},
	}
	for _, tt := range tests {
		if got := removalText(full, tt.after); got != tt.want {
			t.Errorf("removalText = %q, want %q", got, tt.want)
		}
	}
}

func TestTabLabel(t *testing.T) {
	tests := []struct {
		src  briefing.Source
		want string
	}{
		{briefing.Source{ID: "B", Title: "Xinhua"}, "B · Xinhua"},
		{briefing.Source{ID: "B", Title: "Morocco and China agree to partner"}, "B · Morocco and China…"},
		{briefing.Source{ID: "C", URL: "https://www.reuters.com/world/x"}, "C · reuters.com"},
		{briefing.Source{ID: "D", Text: "GENEVA -\n The World Health Organization"}, "D · GENEVA - The Worl…"},
		{briefing.Source{ID: "E"}, "E"},
	}
	for _, tt := range tests {
		if got := tabLabel(&tt.src); got != tt.want {
			t.Errorf("tabLabel(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestRedraftKeepsEverySource drafts a two-source brief again: both
// sources stay, and the second source's party comes back.
func TestRedraftKeepsEverySource(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	addPastedSource(t, u, secondReport)
	u.sess.Brief.Parties = nil
	u.redraft()
	tapIn(t, u, "Re-draft")
	u.jobs.Wait()
	b := u.sess.Brief
	if b.SourceCount() != 2 || b.Others[0].Text != secondReport || !slices.Contains(partyNames(u), "World Health Organization") {
		t.Errorf("after re-drafting: %d sources, parties %v", b.SourceCount(), partyNames(u))
	}
	if u.source.tabs == nil || len(u.source.tabs.Items) != 2 {
		t.Error("the source pane lost the second source's tab")
	}
}

// TestChipScrollsToItsSentence follows a chip to a sentence far down a
// long second source: its tab opens scrolled to that sentence.
func TestChipScrollsToItsSentence(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	addPastedSource(t, u, article(t))
	u.source.reveal("A")
	var far *briefing.Citation
	var sec Section
	var item int
	for _, s := range Sections {
		for i := range u.sess.Len(s) {
			for _, c := range u.sess.Brief.Citations(u.sess.Spans(s, i)) {
				if c.Source == "B" && c.Sentence >= 10 && far == nil {
					far, sec, item = &c, s, i
				}
			}
		}
	}
	if far == nil {
		t.Fatal("no item cites a sentence past the tenth of source B")
	}
	u.showCitation(sec, item, far)
	v := u.source.current()
	if v.src.ID != "B" || !slices.Contains(v.lit, far.Sentence) {
		t.Fatalf("showing %v opened source %s with %v lit", far, v.src.ID, v.lit)
	}
	y := v.views[far.Sentence-1].Position().Y
	if v.scroll.Offset.Y <= 0 || y < v.scroll.Offset.Y || y > v.scroll.Offset.Y+v.scroll.Size().Height || v.box.Size().Width < 100 {
		t.Errorf("sentence %v at y %v is not in view: offset %v, view %v, width %v", far, y, v.scroll.Offset.Y,
			v.scroll.Size().Height, v.box.Size().Width)
	}
}

// TestDisagreementsShown shows the sources' disagreements in their own
// card, each value with its references, and removes one with Undo.
func TestDisagreementsShown(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	a, w := "Morocco and China signed 12 agreements.", "Morocco and China signed 15 agreements."
	sa, sb := briefing.Span{Start: 0, End: len(a), Source: "A"}, briefing.Span{Start: 0, End: len(w), Source: "B"}
	b := &briefing.Brief{Schema: briefing.SchemaVersion, Title: "Agreements",
		Source: briefing.Source{ID: "A", Text: a, Sentences: []briefing.Span{sa}},
		Others: []briefing.Source{{ID: "B", Text: w, Sentences: []briefing.Span{sb}}},
		Disagreements: []briefing.Disagreement{{Kind: briefing.DisagreeFigure, About: "agreements", Claims: []briefing.Claim{
			{Text: "12 agreements", Value: "12", Spans: []briefing.Span{sa}},
			{Text: "15 agreements", Value: "15", Spans: []briefing.Span{sb}}}}}}
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	u.openSession(NewSession(b))
	if u.editor.rows[SecDisagreements] == nil || !hasText(u.editor.root, "Where the sources disagree") ||
		!hasText(u.editor.rows[SecDisagreements], "[A·S1]") || !hasText(u.editor.rows[SecDisagreements], "[B·S1]") {
		t.Fatal("the editor does not show the disagreement with both references")
	}
	if button(u.editor.rows[SecDisagreements], "A·S1") == nil {
		t.Error("the disagreement has no provenance chip")
	}
	n := len(b.Disagreements)
	u.editor.remove(SecDisagreements, 0)
	if len(u.sess.Brief.Disagreements) != n-1 {
		t.Fatalf("after removing one: %d disagreements, want %d", len(u.sess.Brief.Disagreements), n-1)
	}
	test.Tap(u.status.action)
	if len(u.sess.Brief.Disagreements) != n {
		t.Error("Undo did not bring the removed disagreement back")
	}
}

// TestChipBringsSourceForward taps a chip with the source hidden in a
// narrow window: the source is shown and its tab chosen.
func TestChipBringsSourceForward(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	addPastedSource(t, u, secondReport)
	u.win.Resize(fyne.NewSize(900, 700))
	u.setSourceShown(false)
	c := chip(u, "B·S1")
	if c == nil {
		t.Fatal("no chip B·S1")
	}
	test.Tap(c.(fyne.Tappable))
	if !u.sourceShown || u.centreTabs == nil || u.centreTabs.SelectedIndex() != 1 {
		t.Fatal("the chip did not bring the source tab forward")
	}
	if v := u.source.current(); v.src.ID != "B" || !slices.Contains(v.lit, 1) {
		t.Errorf("source %s shown with %v lit", v.src.ID, v.lit)
	}
}

// TestDroppedFileAsSource drops a file on the window with a brief open:
// asked, it becomes source B of that brief.
func TestDroppedFileAsSource(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	path := filepath.Join(t.TempDir(), "wire.txt")
	if err := os.WriteFile(path, []byte(secondReport), 0o600); err != nil {
		t.Fatal(err)
	}
	u.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	if !hasText(topOverlay(t, u), "wire.txt") {
		t.Fatal("dropping a file on an open brief does not ask what to do with it")
	}
	tapIn(t, u, "Add as source B")
	u.jobs.Wait()
	if b := u.sess.Brief; b.SourceCount() != 2 || !strings.Contains(b.Others[0].Text, "World Health Organization") {
		t.Fatalf("after dropping: %d sources", b.SourceCount())
	}
}

// TestAddSourceShortcuts opens the add-source dialogs with Ctrl+Shift+N
// and the file dialog with Ctrl+Shift+O.
func TestAddSourceShortcuts(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	pressShortcut(t, u, fyne.KeyN, true)
	if !hasText(topOverlay(t, u), "Add a source from pasted text") {
		t.Fatal("Ctrl+Shift+N does not open the add-source paste dialog")
	}
	tapIn(t, u, "Cancel")
	before := len(u.win.Canvas().Overlays().List())
	pressShortcut(t, u, fyne.KeyO, true)
	if len(u.win.Canvas().Overlays().List()) != before+1 {
		t.Error("Ctrl+Shift+O opens no file dialog")
	}
}

// TestAddSourceAfterRemoval adds a source to a brief whose source B was
// removed: merging letters the sources A, B, C again, and the status
// names the new source by its letter.
func TestAddSourceAfterRemoval(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	addPastedSource(t, u, secondReport)
	addPastedSource(t, u, "GENEVA – The World Health Organization welcomed the vaccine trials on Tuesday.")
	if err := u.sess.RemoveSource("B"); err != nil {
		t.Fatal(err)
	}
	addPastedSource(t, u, secondReport)
	var ids []string
	for _, src := range u.sess.Brief.AllSources() {
		ids = append(ids, src.ID)
	}
	if !slices.Equal(ids, []string{"A", "B", "C"}) || u.sess.Brief.Others[1].Text != secondReport {
		t.Errorf("sources %v after removing B and adding one", ids)
	}
	if !strings.Contains(u.status.msg.Text, "Added source C") {
		t.Errorf("status %q does not name source C", u.status.msg.Text)
	}
	if err := u.sess.Brief.Validate(); err != nil {
		t.Error(err)
	}
}

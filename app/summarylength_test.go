package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// TestSummaryLengthSetting picks a longer summary in Settings and drafts
// the example article with it: the summary grows past the default budget,
// which a draft made before the change keeps to.
func TestSummaryLengthSetting(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	words := func() int {
		n := 0
		for _, it := range u.sess.Brief.Summary {
			n += len(strings.Fields(it.Text))
		}
		return n
	}
	pasteAndDraft(t, u, article(t), "2020-08-31")
	short := words()
	u.save()
	u.showSettings()
	var sel *widget.Select
	for _, o := range objects(topOverlay(t, u)) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 0 && strings.HasPrefix(s.Options[0], "up to ") {
			sel = s
		}
	}
	if sel == nil {
		t.Fatal("Settings has no summary length choice")
	}
	sel.SetSelected(summaryWordsLabel(300))
	tapIn(t, u, "Save")
	if got := u.prefs.summaryWords(); got != 300 {
		t.Fatalf("saved summary length %d, want 300", got)
	}
	pasteAndDraft(t, u, article(t), "2020-08-31")
	if long := words(); long <= short || short > int(float64(100)*1.3) {
		t.Errorf("summary of %d words with the default, %d with up to 300: want it longer", short, long)
	}
}

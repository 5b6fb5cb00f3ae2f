package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestInvalidDateNotSaved types a date that is not ISO into a commitment:
// the field is marked, Save refuses with the reason and keeps the edit,
// and the fixed date saves.
func TestInvalidDateNotSaved(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	pasteAndDraft(t, u, shortArticle, "2020-08-31")
	if len(u.sess.Brief.Commitments) == 0 {
		u.editor.add(SecCommitments)
	}
	var when *fieldEntry
	for _, o := range objects(u.editor.rows[SecCommitments]) {
		if e, ok := o.(*fieldEntry); ok && e.PlaceHolder == "When (YYYY-MM-DD)" {
			when = e
			break
		}
	}
	if when == nil {
		t.Fatal("no date field in the commitment")
	}
	when.SetText("31/08/2020")
	if when.Validate() == nil {
		t.Error("the field accepts 31/08/2020")
	}
	u.save()
	if u.sess.Brief.ID != "" || !u.sess.Dirty() {
		t.Fatal("a brief with 31/08/2020 as a date was saved")
	}
	if !hasText(topOverlay(t, u), "31/08/2020") {
		t.Error("the refusal does not name the wrong date")
	}
	pressKey(u, "Escape", false)
	if u.sess.Brief.Commitments[0].When != "31/08/2020" {
		t.Errorf("the edit was lost: %q", u.sess.Brief.Commitments[0].When)
	}
	when.SetText("2020-08-31")
	if when.Validate() != nil {
		t.Error("the field refuses 2020-08-31")
	}
	u.save()
	if u.sess.Brief.ID == "" || overlays(u) != 0 {
		t.Fatalf("the fixed brief was not saved: %d dialogs", overlays(u))
	}
	if b, err := u.arc.Get(u.sess.Brief.ID); err != nil || !strings.HasPrefix(b.Commitments[0].When, "2020-08-31") {
		t.Errorf("saved %v, %v", b, err)
	}
}

package app

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/merge"
)

// buildList makes the archive list pane.
func (u *UI) buildList() fyne.CanvasObject {
	u.list = newArchiveList(u.openBrief, func(err error) { u.showError("The archive could not be read", err) })
	return u.list.root
}

// refreshList re-reads the list and its tag filter after a change.
func (u *UI) refreshList() {
	u.list.reloadTags()
	u.list.reload()
}

// openBrief opens brief id from the archive, after the unsaved-changes
// guard; cancelled runs when the analyst keeps the current brief.
func (u *UI) openBrief(id string, cancelled func()) {
	u.guardOr(func() {
		b, err := u.arc.Get(id)
		if err != nil {
			u.showError("The brief could not be opened", err)
			cancelled()
			return
		}
		u.openSession(NewSession(b))
		u.list.picked = id
		u.status.show("")
	}, cancelled)
}

// deleteBrief moves the open brief to the trash, offering Undo.
func (u *UI) deleteBrief() {
	if u.sess == nil {
		return
	}
	if u.sess.Brief.ID == "" { // never saved: closing it is the delete
		u.guard(func() { u.closeBrief("Closed the unsaved brief.") })
		return
	}
	u.guard(u.trashOpenBrief)
}

// trashOpenBrief moves the open, saved brief to the trash.
func (u *UI) trashOpenBrief() {
	id, title := u.sess.Brief.ID, titleOr(u.sess.Brief.Title)
	if err := u.arc.Delete(id); err != nil {
		u.showError("The brief could not be deleted", err)
		return
	}
	u.closeBrief("")
	u.refreshList()
	u.status.offer("Moved “"+title+"” to the trash.", "Undo", func() { u.undelete(id) })
}

// undelete takes brief id back out of the trash and opens it.
func (u *UI) undelete(id string) {
	if err := u.arc.Undelete(id); err != nil {
		u.showError("The brief could not be taken out of the trash", err)
		return
	}
	u.refreshList()
	u.openBrief(id, func() {})
	u.list.selectID(id)
	u.status.show("Brief taken out of the trash.")
}

// closeBrief closes the editor without asking.
func (u *UI) closeBrief(msg string) {
	u.openSession(nil)
	u.list.clearSelection()
	u.status.show(msg)
}

// redraft rebuilds the open brief's sections from its source after
// confirmation, keeping its title, marking, author, tags and ID.
func (u *UI) redraft() {
	if u.sess == nil {
		return
	}
	u.confirm("Re-draft from the source?",
		"The sections will be drafted again from the source text.\nYour edits to them will be replaced (the title, marking and tags stay).",
		"Re-draft", u.startRedraft)
}

func (u *UI) startRedraft() {
	sess := u.sess
	old := sess.Brief
	sources, words := old.Clone().AllSources(), u.prefs.summaryWords()
	u.status.start("Re-drafting…")
	inBackground(u, func() (*briefing.Brief, error) { return redraftSources(sources, words) }, func(b *briefing.Brief, err error) {
		u.status.stop()
		if err != nil {
			u.showError("The brief could not be re-drafted", err)
			return
		}
		if u.sess != sess {
			return // another brief was opened meanwhile
		}
		b.ID, b.Title, b.Marking, b.Author, b.Tags = old.ID, old.Title, old.Marking, old.Author, old.Tags
		b.Created, b.Updated = old.Created, old.Updated
		next := NewSession(b)
		next.Changed()
		u.openSession(next)
		u.status.show("Re-drafted. Save to keep the new draft.")
	})
}

// redraftSources drafts each source again and merges the drafts, the
// first source first.
func redraftSources(sources []*briefing.Source, summaryWords int) (*briefing.Brief, error) {
	articles := make([]merge.Article, len(sources))
	for i, src := range sources {
		published, _ := briefing.ParseDay(src.Published)
		fetched, _ := time.Parse(time.RFC3339, src.Fetched)
		articles[i] = merge.Article{Text: src.Text, Options: draft.Options{Published: published, Title: src.Title,
			URL: src.URL, Author: src.Author, Fetched: fetched, SummaryWords: summaryWords}}
	}
	return merge.Draft(articles)
}

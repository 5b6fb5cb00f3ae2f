package app

import "github.com/briefdesk/briefdesk/briefing"

// destination is what becomes of an article once drafted: a new brief
// (the zero destination), or a further source of the brief that was open
// when the drafting began.
type destination struct {
	// into is the session the article is added to; nil for a new brief.
	into *Session
}

// newBrief is the destination of New, Open and Open web address.
var newBrief = destination{}

// pick returns forNew for a new brief and forSource for a further source.
func (d destination) pick(forNew, forSource string) string {
	if d.into == nil {
		return forNew
	}
	return forSource
}

// begin starts the drafting: for a new brief after the unsaved-changes
// guard, for a further source at once (the brief stays open).
func (u *UI) begin(d destination, do func()) {
	if d.into == nil {
		u.guard(do)
		return
	}
	do()
}

// deliver opens the drafted brief b or adds it to the brief it is for,
// or tells why there is none under the title failed.
func (u *UI) deliver(d destination, failed string, b *briefing.Brief, err error) {
	if d.into == nil {
		u.openDrafted(failed, b, err)
		return
	}
	u.addDrafted(d.into, failed, b, err)
}

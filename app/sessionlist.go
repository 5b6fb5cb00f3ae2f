package app

import "github.com/briefdesk/briefdesk/briefing"

// itemList is the handful of operations the session performs on any
// section, whatever the type of its items.
type itemList interface {
	len() int
	add()
	remove(i int)
	swap(i, j int)
}

// sliceList adapts a pointer to a section's slice to itemList; fresh, when
// set, makes the item that add appends.
type sliceList[T any] struct {
	p     *[]T
	fresh func() T
}

func (l sliceList[T]) len() int { return len(*l.p) }

func (l sliceList[T]) add() {
	var v T
	if l.fresh != nil {
		v = l.fresh()
	}
	*l.p = append(*l.p, v)
}

func (l sliceList[T]) remove(i int) {
	*l.p = append((*l.p)[:i:i], (*l.p)[i+1:]...)
}

func (l sliceList[T]) swap(i, j int) { (*l.p)[i], (*l.p)[j] = (*l.p)[j], (*l.p)[i] }

// list returns the operations on one section of the session's brief.
func (s *Session) list(sec Section) itemList {
	b := s.Brief
	switch sec {
	case SecParties:
		return sliceList[briefing.Party]{p: &b.Parties, fresh: newParty}
	case SecCommitments:
		return sliceList[briefing.Commitment]{p: &b.Commitments, fresh: newCommitment}
	case SecBackground:
		return sliceList[briefing.Item]{p: &b.Background}
	case SecDates:
		return sliceList[briefing.DateRef]{p: &b.Dates}
	case SecFigures:
		return sliceList[briefing.Figure]{p: &b.Figures}
	case SecDisagreements:
		return sliceList[briefing.Disagreement]{p: &b.Disagreements}
	}
	return sliceList[briefing.Item]{p: &b.Summary}
}

// newParty is the party "add item" creates: valid kind, empty fields.
func newParty() briefing.Party {
	return briefing.Party{Kind: briefing.KindOrganisation, Aliases: []string{}, Mentions: []briefing.Span{}}
}

// newCommitment is the commitment "add item" creates.
func newCommitment() briefing.Commitment {
	return briefing.Commitment{Status: briefing.StatusAgreed, Actors: []string{},
		Counterparties: []string{}, Spans: []briefing.Span{}}
}

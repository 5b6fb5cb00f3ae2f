package app

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/merge"
)

// AddSource merges d, a brief just drafted, into the brief being edited
// (see merge.Merge: the brief's title and fields stay, its sources are
// lettered A, B … again and d's come last; Undo takes them out again),
// and returns the IDs d's sources got.
func (s *Session) AddSource(d *briefing.Brief) ([]string, error) {
	merged, err := merge.Merge(s.Brief, d)
	if err != nil {
		return nil, err
	}
	s.Checkpoint(nil)
	*s.Brief = *merged
	s.Changed()
	all := merged.AllSources()
	var ids []string
	for _, src := range all[len(all)-d.SourceCount():] {
		ids = append(ids, src.ID)
	}
	return ids, nil
}

// WithoutSource returns a copy of the brief being edited without the
// source of that ID and what only it supported (see
// briefing.Brief.RemoveSource); the brief itself is not changed.
func (s *Session) WithoutSource(id string) (*briefing.Brief, error) {
	c := s.Brief.Clone()
	if _, err := c.RemoveSource(id); err != nil {
		return nil, err
	}
	return c, nil
}

// RemoveSource takes the source of that ID out of the brief being edited,
// with what only it supported; Undo puts them back.
func (s *Session) RemoveSource(id string) error {
	without, err := s.WithoutSource(id)
	if err != nil {
		return err
	}
	s.Checkpoint(nil)
	*s.Brief = *without
	s.Changed()
	return nil
}

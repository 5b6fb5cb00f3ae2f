package app

import "github.com/briefdesk/briefdesk/briefing"

// AddSource adds the sources of d, a brief just drafted, to the brief
// being edited, with d's items (Undo takes them out again), and returns
// the IDs the new sources got.
func (s *Session) AddSource(d *briefing.Brief) []string {
	s.Checkpoint(nil)
	ids := s.Brief.Append(d)
	s.Changed()
	return ids
}

// RemoveSource takes the source of that ID out of the brief being edited,
// with what only it supported (see briefing.Brief.WithoutSource; Undo
// puts them back), and returns what went with it.
func (s *Session) RemoveSource(id string) (briefing.Removed, error) {
	without, r, err := s.Brief.WithoutSource(id)
	if err != nil {
		return r, err
	}
	s.Checkpoint(nil)
	*s.Brief = *without
	s.Changed()
	return r, nil
}

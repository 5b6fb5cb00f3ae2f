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

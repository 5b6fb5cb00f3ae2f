package draft

import "github.com/briefdesk/briefdesk/briefing"

// Stages not yet built return nothing; each moves to its own file when built.

func findDates(d *document) []briefing.DateRef                        { return nil }
func findFigures(d *document) []briefing.Figure                       { return nil }

package draft

import "github.com/briefdesk/briefdesk/briefing"

// Stages not yet built return nothing; each moves to its own file when built.

func findDates(d *document) []briefing.DateRef                        { return nil }
func findFigures(d *document) []briefing.Figure                       { return nil }
func summarise(d *document) []briefing.Item                           { return nil }
func background(d *document, summary []briefing.Item) []briefing.Item { return nil }
func headline(d *document, title string) string                       { return title }

package draft

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/figures"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
	"github.com/briefdesk/briefdesk/briefing/draft/parties"
)

// pipelineDoc runs the stages up to figures on src, parse included, as
// Draft does.
func pipelineDoc(t testing.TB, src, published string) *doc.Document {
	t.Helper()
	d := drafttest.Doc(t, src, published)
	d.Parties = parties.Find(d)
	d.Dates = dates.Find(d)
	d.Figures = figures.Find(d)
	return d
}

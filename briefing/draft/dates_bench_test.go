package draft

import (
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// BenchmarkDates6000Words times the dates stage alone on a long text,
// sentences and parse made before the timer starts.
func BenchmarkDates6000Words(b *testing.B) {
	d := &doc.Document{Text: benchArticle(b, 6000), Published: time.Date(2020, 8, 31, 0, 0, 0, 0, time.UTC)}
	d.Sentences = text.Segment(d.Text)
	var err error
	if d.Parsed, err = text.Parse(d); err != nil {
		b.Fatal(err)
	}
	gazetteer.Load()
	b.ResetTimer()
	for b.Loop() {
		d.Dates = dates.Find(d)
	}
}

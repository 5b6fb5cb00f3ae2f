package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// questionerTurn reports whether sentence si belongs to a questioner's
// turn in a transcript: the label of its turn (see turnLabel) is such as
// "Q:", "Question:" or "Interviewer:". What a questioner says a party will
// do or has agreed is a claim put to the speaker ("Q: Your rival says the
// firm will close the plant. Is that right?"), not a commitment the text
// reports; a turn ends at the next line or label ("A:", "Hale:").
func questionerTurn(d *doc.Document, si int) bool {
	a, b, ok := turnLabel(d, si)
	return ok && text.Questioners[strings.ToLower(d.Text[a:b])]
}

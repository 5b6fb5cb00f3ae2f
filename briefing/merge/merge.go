// Package merge makes one brief of several: the drafts of articles that
// report the same events, each of one or more sources, become one brief
// whose sources are all of theirs. Parties naming the same entity become
// one, a commitment reported by several sources one record with the spans
// of each, dates and figures the sources give for the same thing either
// agree (one entry) or are kept side by side as a disagreement; the
// summary keeps each point once and the background is ordered by date.
// Merging is deterministic: the same briefs in the same order give the
// same brief.
package merge

import (
	"errors"
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
)

// Merge returns one brief holding the sources of all the briefs, in order
// and lettered A, B … again, with their items merged. The first brief
// gives the title and the analyst's fields (ID, marking, author, created
// times); tags are pooled. The briefs are not modified.
func Merge(briefs ...*briefing.Brief) (*briefing.Brief, error) {
	if len(briefs) == 0 {
		return nil, errors.New("nothing to merge: give at least one brief")
	}
	parts := relabel(briefs)
	first := parts[0]
	out := &briefing.Brief{
		Schema: briefing.SchemaVersion, ID: first.ID, Title: first.Title, Marking: first.Marking,
		Author: first.Author, Created: first.Created, Updated: first.Updated,
		Source: first.Source,
	}
	for _, p := range parts {
		for _, src := range p.AllSources() {
			if src != &first.Source {
				out.Others = append(out.Others, *src)
			}
		}
		for _, tag := range p.Tags {
			if !slices.Contains(out.Tags, tag) {
				out.Tags = append(out.Tags, tag)
			}
		}
	}
	var dis disagreements
	names := mergeParties(out, parts)
	mergeCommitments(out, parts, names, &dis)
	mergeDates(out, parts)
	mergeFigures(out, parts, &dis)
	mergeCasualties(out, &dis)
	mergeSummary(out, parts)
	mergeBackground(out, parts, &dis)
	for _, p := range parts {
		dis.keep(p.Disagreements)
	}
	out.Disagreements = dis.list
	out.Normalize()
	return out, nil
}

// relabel returns normalised copies of the briefs whose sources are
// lettered A, B … across all of them, in order.
func relabel(briefs []*briefing.Brief) []*briefing.Brief {
	parts := make([]*briefing.Brief, len(briefs))
	n := 0
	for i, b := range briefs {
		p := b.Normalized()
		ids := map[string]string{}
		for _, src := range p.AllSources() {
			ids[src.ID] = briefing.SourceID(n)
			n++
		}
		p.RelabelSources(ids)
		parts[i] = p
	}
	return parts
}

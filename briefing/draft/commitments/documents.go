package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// documentIssuer resolves a document that promises, as the subject h of
// a verb of promising ("Last year's budget had pledged to cut the
// deficit", "The manifesto pledges to build 20,000 homes"), to the party
// that issued it: the one that owns the same kind of document, or
// presented, launched or published it, in its own sentence or the few
// before ("Aldoria's government presented its budget", "The Civic Party
// launched its manifesto"). A word for any document ("The 84-page
// document promises to …") stands for the last such document named. It
// reports false when the subject is no such document or no issuer is
// found.
func (r *actorResolver) documentIssuer(s *syntax.Sentence, si, h int) ([]int, bool) {
	w := s.Words[h]
	generic := genericDocuments[lower(w.Lemma)]
	if !documentNouns[lower(w.Lemma)] && !generic || w.Head < 0 || !promiseVerbs[lower(s.Words[w.Head].Lemma)] {
		return nil, false
	}
	for j := si; j >= 0 && j >= si-documentReach && j < len(r.d.Parsed); j-- {
		t := &r.d.Parsed[j]
		for k := len(t.Words) - 1; k >= 0; k-- {
			if j == si && k >= h || !sameDocument(lower(t.Words[k].Lemma), lower(w.Lemma), generic) {
				continue
			}
			if ps := r.issuerOf(t, j, k); len(ps) > 0 {
				return ps, true
			}
		}
	}
	return nil, false
}

// sameDocument reports whether an earlier document noun is the one a
// later subject names: the same word, or any document for a generic one.
func sameDocument(earlier, later string, generic bool) bool {
	return earlier == later || generic && documentNouns[earlier]
}

// issuerOf returns the parties that issue the document at word k of
// sentence j: its owner ("its budget", "the party's manifesto"), else the
// subject of the verb of issuing whose object it is ("Aldoria presented
// the budget"; not "the rival party dismissed the manifesto").
func (r *actorResolver) issuerOf(t *syntax.Sentence, j, k int) []int {
	for _, o := range t.ChildrenWith(k, "nmod:poss") {
		if ps, _ := r.resolve(t, j, o); len(ps) > 0 {
			return ps
		}
	}
	if v := t.Words[k].Head; v >= 0 && t.Words[k].Rel == "obj" && issuingVerbs[lower(t.Words[v].Lemma)] {
		for _, sub := range t.ChildrenWith(v, "nsubj") {
			if documentNouns[lower(t.Words[sub].Lemma)] {
				continue
			}
			if ps, _ := r.resolve(t, j, sub); len(ps) > 0 {
				return ps
			}
		}
	}
	return nil
}

// documentNouns are documents in which a party sets out what it will do.
var documentNouns = WordSet("budget manifesto programme program strategy charter declaration communique platform")

// genericDocuments are words for any document, which name the document
// mentioned before.
var genericDocuments = WordSet("document paper")

// issuingVerbs are what an issuer does with its document.
var issuingVerbs = WordSet("present launch publish unveil issue release adopt table deliver produce draft write sign approve announce outline")

// promiseVerbs are what such a document does for its issuer.
var promiseVerbs = WordSet("pledge promise commit vow undertake guarantee")

// documentReach is how many sentences before its own a document's issuer
// may be named.
const documentReach = 6

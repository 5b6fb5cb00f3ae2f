package syntax

import "strings"

// Annotate tags, lemmatises and parses one sentence given as word forms.
// The words' spans are left zero.
func (m *Model) Annotate(forms []string) []Word {
	return m.AnnotateJoined(forms, nil)
}

// AnnotateJoined is Annotate for words of which it is known which are
// written right against the next, with no space (joined[k]; nil when
// unknown): a word written with hyphens is then parsed as one (see
// hyphenedParts).
func (m *Model) AnnotateJoined(forms []string, joined []bool) []Word {
	if len(forms) == 0 {
		return []Word{}
	}
	if spans := tickerSpans(forms); len(spans) > 0 {
		return m.annotateAroundTickers(forms, joined, spans)
	}
	infos := infosOf(asDollars(forms), m.lex)
	tags := m.tagger.tag(infos)
	heads, rels := m.parseJoined(forms, joined, infos, tags)
	words := m.words(forms, tags, heads, rels)
	words = m.retagged(forms, joined, infos, tags, words)
	repairSectionNumber(words)
	repairBrokenName(words)
	repairEmphaticReflexive(words)
	repairNameOnPunct(words)
	repairAmpersandName(words)
	repairVerbPossessive(words)
	repairPossessiveOwner(words)
	repairRootInFrontedClause(words)
	repairAsideTail(words)
	repairAsideSubject(words)
	repairDescribedName(words)
	repairNounVerb(words)
	repairGerundCompound(words)
	repairParticipleTense(words)
	repairPastForm(words)
	repairDateSubject(words)
	repairDateCompound(words)
	repairDateOnPunct(words)
	repairDayOnObject(words)
	repairTimeSubject(words)
	repairRootBeforeTime(words)
	repairDayVocative(words)
	repairDaySubject(words)
	repairEllipticCondition(words)
	repairMarkedConjunct(words)
	repairProvisoObject(words)
	repairFrontedProviso(words)
	repairClauseAfterPreposition(words)
	repairConjoinedAsideSubject(words)
	repairObjectParticiple(words)
	repairTrailingParticiple(words)
	repairZeroRelative(words)
	repairLooseZeroRelative(words)
	repairPartnerInfinitive(words)
	repairReducedRelative(words)
	repairTwoSubjects(words)
	repairRelativeApposition(words)
	repairNamedList(words)
	repairTitledConjunct(words)
	repairUntilClause(words)
	repairPerfectAfterAdverbs(words)
	repairSplitSubject(words)
	repairStartAfterRelative(words)
	repairFrontedClause(words)
	repairFrontedParticiple(words)
	repairParticipleAgent(words)
	repairStrayAgent(words)
	repairSaidThat(words)
	repairDetachedInfinitive(words)
	repairWorthAside(words)
	repairTallyAgainst(words)
	repairConditionClause(words)
	repairPeriodStart(words)
	repairThatClause(words)
	repairMarkedRelative(words)
	repairStrayMark(words)
	repairConditionConjunct(words)
	repairInfinitiveOnPunct(words)
	repairPhraseOnPunct(words)
	repairNamedRelative(words)
	repairCompoundVerb(words)
	repairNounRoot(words)
	repairJoinedNameRoot(words)
	repairNamedSubject(words)
	repairReportedConjunct(words)
	repairRelativeSubject(words)
	repairSaidObjectSubject(words)
	repairConjunctAfterInterjection(words)
	repairClosingReport(words)
	repairReportByName(words)
	repairReportSubject(words)
	repairSubjectOnStop(words)
	repairClauseUnderReport(words)
	if w := repairInfinitive(words); w >= 0 {
		words[w].Lemma = m.lem.Lemma(words[w].Form, "VERB", "VB")
	}
	repairHyphenVerb(words)
	repairHyphenName(words)
	repairObjectConjunct(words)
	repairRelativeConjunct(words)
	repairWhoseClause(words)
	repairPerfectConjunct(words)
	repairStrandedInfinitive(words)
	repairStrandedObject(words)
	repairPossessedVerb(words)
	repairThatConjunct(words)
	repairInsetReport(words)
	repairConjunctTail(words)
	repairSumBeforeNoun(words)
	repairOuterConjunct(words)
	repairActionItem(words)
	repairDatelineSubject(words)
	return words
}

// currencySigns are the signs of currencies that the treebank, written in
// dollars, never shows: read as "$" they take the place "$" takes ("€3
// million in new funding").
var currencySigns = map[string]bool{"€": true, "£": true, "¥": true, "₹": true, "₦": true, "₩": true, "₽": true, "₺": true, "₱": true}

// bullets are the marks of list items that the treebank never shows:
// read as "-" they are the punctuation the treebank's lists open with
// ("• Corrin has agreed to a 5.2% increase").
var bullets = map[string]bool{"•": true, "●": true, "▪": true, "◦": true, "‣": true, "·": true, "■": true, "►": true}

// asDollars returns the forms with every currency sign but "$" read as
// "$", and every bullet as "-" (a copy; forms itself is unchanged).
func asDollars(forms []string) []string {
	var out []string
	for i, f := range forms {
		if currencySigns[f] || bullets[f] {
			if out == nil {
				out = append([]string(nil), forms...)
			}
			out[i] = "$"
			if bullets[f] {
				out[i] = "-"
			}
		}
	}
	if out == nil {
		return forms
	}
	return out
}

// words builds the analysed words from the tagger's classes and the
// parser's heads and relations.
func (m *Model) words(forms []string, tags, heads, rels []int) []Word {
	words := make([]Word, len(forms))
	for i, f := range forms {
		upos, xpos, _ := strings.Cut(m.tagger.tags[tags[i]], " ")
		words[i] = Word{Form: f, UPOS: upos, XPOS: xpos, Head: heads[i], Rel: m.parser.rels[rels[i]]}
		words[i].Lemma = m.lem.Lemma(f, upos, xpos)
	}
	return words
}

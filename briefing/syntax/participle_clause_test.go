package syntax

import "testing"

// newsPastTenses are sentences of BBC business news (the BBC News Summary
// data in the evaluation set) whose main verb is a past tense right after
// its subject, which the tagger alone reads as a participle in some of them:
// the sentence, the verb and the head of its subject.
var newsPastTenses = []struct{ text, verb, subject string }{
	{"Service sector activity improved in January, hitting a seven-month high.", "improved", "activity"},
	{"Foreign oil exports surged by 35.7% to a record $180.7bn, reflecting the rally in global oil prices and increasing domestic demand.", "surged", "exports"},
	{"The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday, fuelled by strong growth in banking and financial stocks.", "closed", "index"},
	{"Pension and healthcare costs posed the greatest risks to the economy, he said.", "posed", "costs"},
	{"The comparatively weak economic date preyed on shares with the Nikkei down 1% in afternoon trade.", "preyed", "date"},
	{"WorldCom emerged from bankruptcy protection in 2004, and is now known as MCI.", "emerged", "WorldCom"},
	{"Mr Spitzer's investigation of the US insurance industry looked at whether companies rigged bids and fixed prices.", "looked", "investigation"},
	{"Analysts expressed concern at the unexpected paring back in profit.", "expressed", "Analysts"},
	{"However, the economy contracted by 0.2% during the last three months of 2004, mainly due to the reluctance of consumers to spend.", "contracted", "economy"},
	{"Iran's parliament voted by a large majority to cut Turkcell's stake in a new mobile network from 70% to 49%.", "voted", "parliament"},
	{"The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%, their first upwards move in more than a year.", "lifted", "Bank"},
	{"A three-judge panel agreed with the companies, finding that the case could not be brought under federal anti-racketeering laws.", "agreed", "panel"},
	{"US industrial production increased for the 21st month in a row in February, but at a slower pace than in January, official figures show.", "increased", "production"},
	{"In a preliminary report, the airline announced net profits of 400m euros ($527.61m; £274.73m), compared with a loss of 984m euros in 2003.", "announced", "airline"},
	{"Unilever said European sales fell 2.8% last year, dragged down by below part sales at its beverage division, where revenues dipped by almost 4%.", "dipped", "revenues"},
	{"Overall, DaimlerChrysler saw worldwide vehicle sales rise 8% to 4.7 million in 2004 while total revenues added 4% to 142bn euros.", "added", "revenues"},
	{"US firms created 337,000 jobs last month, twice the amount expected, while exports reached record levels in September.", "reached", "exports"},
	{"It accused the firm of using a web of offshore firms to avoid its tax liabilities, and the courts sent in bailiffs to freeze Yukos accounts and seize Yugansk.", "sent", "courts"},
	{"Baoshan stock climbed on news of the delay and its decision to increase the price of its steel by 10%.", "climbed", "stock"},
	{"The economy expanded at an annual rate of 3.7% in the July to September period, the Commerce Department said.", "expanded", "economy"},
	{"At the same time, finance minister Nicolas Sarkozy warned that high oil prices posed a threat to French growth.", "posed", "prices"},
	{"A sudden spike in M&S's share price followed.", "followed", "spike"},
	{"The general's opponents rejoiced at the settlement, which was agreed in a court in the Spanish capital, Madrid.", "rejoiced", "opponents"},
	{"As well as strong domestic demand, exports climbed by 1.3% in the fourth quarter - the biggest increase in foreign sales for a year.", "climbed", "exports"},
	{"Merck's announcement of a possible reintroduction of Vioxx caught analysts by surprise.", "caught", "announcement"},
	{"Within this, internet fraud totalled £43m, Apacs' figures show.", "totalled", "fraud"},
	{"In the capital, the volume of sales fell by 23% from 36,185 in 2003 to 28,041 for the same period in 2004.", "fell", "volume"},
	{"Indonesian, Indian and Hong Kong stock markets reached record highs.", "reached", "markets"},
	{"The Bank of England raised interest rates five times between November 2003 and August last year.", "raised", "Bank"},
	{"And retail sales disappointed over Christmas, with analysts putting the drop down to less consumer confidence.", "disappointed", "sales"},
	{"The company raised targets for its Mangala and Aishwariya fields in India from 60,000 barrels a day to between 80,000 and 100,000 barrels a day.", "raised", "company"},
	{"Revenues increased 11% to $3.1bn, from $2.8bn for the same period in 2003.", "increased", "Revenues"},
	{"Meanwhile the number of sales dropped 32% to an average of 22 per surveyor.", "dropped", "number"},
	{"A court ruled that Chongqing Lifan Industry Group must stop selling Honda brand motorbikes and said it must pay 1.47m yuan ($177,600) in compensation.", "ruled", "court"},
	{"But Indonesian, Indian and Hong Kong stock markets reached record highs on Wednesday, suggesting that investors do not fear a major economic impact.", "reached", "markets"},
	{"Imports gained by 13%, signalling that domestic demand has picked up again.", "gained", "Imports"},
	{"In 2003, imports declined by 1.8%.", "declined", "imports"},
	{"The Conference Board survey of 5,000 households pointed to renewed optimism about job creation and economic growth.", "pointed", "survey"},
	{"US industrial production increased in December, according to the latest survey from the Institute for Supply Management (ISM).", "increased", "production"},
	{"Reliance shares added 1.7%, while Reliance Energy, headed by Anil, jumped 7%.", "added", "shares"},
	{"Oil prices recovered in Asian trade on Tuesday, after falling in New York on milder winter weather across the US.", "recovered", "prices"},
}

// TestNewsPastTenses checks that each news sentence's verb is a past tense
// with its subject.
func TestNewsPastTenses(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range newsPastTenses {
		checkPastTense(t, m, tc.text, tc.verb, tc.subject)
	}
}

// TestParticipleAfterSubject parses sentences of the construction
// "subject + verb in -ed + object, phrase or infinitive" that the tagger
// may read as a noun with a participle, and sentences where the participle
// is right and must stay one.
func TestParticipleAfterSubject(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	past := []struct{ construction, text, verb, subject string }{
		{"plural subject with a determiner, phrase after", "Both sides agreed to a truce.", "agreed", "sides"},
		{"bare plural subject, measure after by", "Exports dipped by a fifth last year.", "dipped", "Exports"},
		{"singular subject, object after", "The ministry confirmed the figures on Monday.", "confirmed", "ministry"},
		{"subject after an opening phrase", "On Friday, the rebels seized two towns in the north.", "seized", "rebels"},
		{"past tense before a reporting clause", "Turnout dropped to 41% in the capital, officials said.", "dropped", "Turnout"},
		{"past tense in a reported clause", "The minister said that talks stalled over the border.", "stalled", "talks"},
		{"past tense before a to-infinitive", "Lawmakers voted to extend the mission by a year.", "voted", "Lawmakers"},
	}
	for _, tc := range past {
		t.Run(tc.construction, func(t *testing.T) { checkPastTense(t, m, tc.text, tc.verb, tc.subject) })
	}
	participles := []struct{ construction, text, verb string }{
		{"a participle on the subject before the main verb", "Figures released by the statistics office showed a fall in output.", "released"},
		{"a participle with its agent in an apposition", "He welcomed the deal, signed by both ministers on Monday.", "signed"},
		{"a headline without a full stop", "Man jailed for fraud at charity", "jailed"},
	}
	for _, tc := range participles {
		t.Run(tc.construction, func(t *testing.T) {
			words := m.Analyze(tc.text, 0, len(tc.text)).Words
			v := formIndex(words, tc.verb)
			if v < 0 || words[v].XPOS != "VBN" {
				t.Errorf("%q: want a participle\n%s", tc.verb, dump(words))
			}
		})
	}
}

// TestVerblessParticipleForms checks on a hand-made parse that only forms
// a past tense can have are taken for one ("fell", "agreed"; not "fallen").
func TestVerblessParticipleForms(t *testing.T) {
	for _, tc := range []struct {
		form string
		want int
	}{{"agreed", 1}, {"fell", 1}, {"made", 1}, {"fallen", -1}, {"drawn", -1}, {"done", -1}, {"torn", -1}} {
		words := []Word{
			{Form: "Exports", UPOS: "NOUN", XPOS: "NNS", Head: -1, Rel: "root"},
			{Form: tc.form, UPOS: "VERB", XPOS: "VBN", Head: 0, Rel: "acl"},
			{Form: "sharply", UPOS: "ADV", XPOS: "RB", Head: 1, Rel: "advmod"},
			{Form: ".", UPOS: "PUNCT", XPOS: ".", Head: 0, Rel: "punct"},
		}
		if got := verblessParticiple(words); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.form, got, tc.want)
		}
		words[3].Form = "!"
		words = words[:3]
		if got := verblessParticiple(words); got != -1 {
			t.Errorf("%q in a headline: %d, want -1", tc.form, got)
		}
	}
}

// TestVerblessParticipleKeepsATree checks that odd word sequences around a
// participle leave a tree and never panic.
func TestVerblessParticipleKeepsATree(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"agreed.", "Sides agreed.", "by agreed by.", ", agreed by a.", "It agreed agreed agreed agreed.", "\"Both sides agreed.\""} {
		words := m.Analyze(text, 0, len(text)).Words
		if len(words) > 0 && !isTree(words) {
			t.Errorf("%q: not a tree\n%s", text, dump(words))
		}
	}
}

// checkPastTense analyses text and checks that verb is a past tense with
// an active subject headed by subject.
func checkPastTense(t *testing.T, m *Model, text, verb, subject string) {
	t.Helper()
	words := m.Analyze(text, 0, len(text)).Words
	v := formIndex(words, verb)
	if v < 0 || words[v].XPOS != "VBD" {
		t.Errorf("%q in %q: want a past tense\n%s", verb, text, dump(words))
		return
	}
	s := Sentence{Words: words}
	subj := s.ChildrenWith(v, "nsubj")
	if len(subj) != 1 || words[subj[0]].Form != subject || words[subj[0]].Rel != "nsubj" {
		t.Errorf("subject of %q in %q: %v, want %q\n%s", verb, text, subj, subject, dump(words))
	}
}

// formIndex returns the index of the first word written form, or -1.
func formIndex(words []Word, form string) int {
	for k, w := range words {
		if w.Form == form {
			return k
		}
	}
	return -1
}

// TestTimeOfDayIsANoun checks that a time of day after a day's name is a
// noun even where the tagger alone reads it as a gerund.
func TestTimeOfDayIsANoun(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Thousands of people gathered in the main square on Saturday evening to protest against the law.",
		"Talks resumed on Monday morning.",
	} {
		words := m.Analyze(text, 0, len(text)).Words
		for _, w := range words {
			if timesOfDay[w.Form] && w.UPOS != "NOUN" {
				t.Errorf("%q in %q: %s, want a noun\n%s", w.Form, text, w.UPOS, dump(words))
			}
		}
	}
}

// TestPastFormsOfRiseAndFall checks news sentences whose "rose" or "fell"
// the tagger alone reads as a noun or a present tense (sentences from BBC
// business news): each is a past tense with a subject of its own; and
// sentences where such a word is a noun or governed by an auxiliary.
func TestPastFormsOfRiseAndFall(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Gross domestic product fell by 0.1% in the last three months of 2004.",
		"Shipments of consumer electronics rose by almost 11% between 2003 and 2004.",
		"Consumer borrowing rose at a near-record pace in January.",
		"Meanwhile, the benefit claimant total fell 11,000 to 813,200 last month.",
		"The average UK house price fell from £180,126 in November to £178,906.",
		"Novartis' shares rose 1% to 57.85 Swiss francs in early trading.",
		"Interest rates rose five times between November 2003 and August 2004.",
		"It also reported on Friday that passenger numbers rose 8.1% in January.",
		"Although inventories fell 0.7% month on month, they were 36% higher than a year ago.",
		"Shares in Voltaris, the Swedish maker of sodium-ion batteries, rose 18% on their first day of trading.",
	} {
		words := m.Analyze(text, 0, len(text)).Words
		for k, w := range words {
			if _, ok := pastForms[w.Form]; ok && (w.XPOS != "VBD" || w.Lemma != pastForms[w.Form] || !hasActiveSubject(&Sentence{Words: words}, k)) {
				t.Errorf("%q in %q: want a past tense of %q with a subject\n%s", w.Form, text, pastForms[w.Form], dump(words))
			}
		}
	}
	for _, text := range []string{"She planted a rose garden.", "They will saw the logs tomorrow.", "He has found a buyer.", "She bought a single red rose.", "In the garden, by the wall, rose bushes grew."} {
		words := m.Analyze(text, 0, len(text)).Words
		for _, w := range words {
			if _, ok := pastForms[w.Form]; ok && w.XPOS == "VBD" {
				t.Errorf("%q in %q: a past tense\n%s", w.Form, text, dump(words))
			}
		}
	}
}

func TestMetAfterItsSubject(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"met after a possessive and a word read as an adjective is the verb of its subject",
			"Our executive met at eleven o'clock last night and agreed to suspend the action while members vote.", "executive", "met", "nsubj"},
	})
}

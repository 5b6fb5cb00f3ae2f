package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

func TestThings(t *testing.T) {
	cases := []struct {
		construction, text, name string
		kept                     bool
	}{
		{"disease named after a person", "Halvard Pharma will test the drug on people with Parkinson's disease next year.", "Parkinson", false},
		{"drug named only before its tablets", "Halvard Pharma has recalled 32 batches of Cardivex tablets. Patients should see their doctor.", "Cardivex", false},
		{"acronym named only before a product", "The agency bought 3 million doses of its RSV vaccine. Halvard Pharma will deliver them in May.", "RSV", false},
		{"scheme named only before its noun", "Customers will be refunded under the ATOL protection scheme, Halvard Travel said.", "ATOL", false},
		{"index named only before its noun", "The Vestra index closed 2% lower on Monday, led by Halvard Group.", "Vestra", false},
		{"body named before what it decides stays", "Halvard Group said it would ignore the Vestra decision on Monday.", "Vestra", true},
		{"body named after at before a noun the tagger misread", "Economists at Nordbank believe rates will fall.", "Nordbank", true},
		{"name that also stands alone stays", "Kelvo tablets were recalled. Kelvo said the batches were safe.", "Kelvo", true},
		{"body built like one stays whatever it qualifies", "Halvard Group will attend the Vestra Trade Council conference in May.", "Vestra Trade Council", true},
		{"verb taken for a noun after a name", "Analysts said Vestra plans to raise $100m from the sale.", "Vestra", true},
		{"name of a show in apposition", "An exhibition next month in aid of the charity Mencap will open. The exhibition, Fonetography, will feature snaps taken by top artists.", "Fonetography", false},
		{"name set beside a made thing it is", "Halvion Robotics unveiled Kesto, a two-armed household robot, on Tuesday. Kesto will ship in December.", "Kesto", false},
		{"made thing set beside its name", "The phone runs Halvion's own software, Merivan, and ships in May.", "Merivan", false},
		{"names listed before the noun for what they are", "Tests on the Pra, Ankobra, Offin and Birim rivers found mercury, the Water Integrity Network said.", "Ankobra", false},
		{"an app beside its name may be the firm", "Pixo, the photo-editing app, has agreed to pay $725 million. Pixo said it would comply.", "Pixo", true},
		{"name after a comma that follows the noun for what it is", "The founder surprised the conference with a preview of his next game, Sporan. Sporan lets players build cities.", "Sporan", false},
		{"names given as examples of made things", "Studios should make games for handheld consoles like the Velta Pocket and the Morrow Duo, since they are cheaper.", "Morrow Duo", false},
		{"firms given as examples of blue chips stay", "Brokers said blue chips like IDLC, Bangladesh Lamps and Chittagong Cement were expected to rise.", "Chittagong Cement", true},
		{"a maker's possessive among the examples stays", "Other browser software, like Opera and Kelvar's Safira, are challenging Microsoft. Kelvar said sales rose.", "Kelvar", true},
		{"name before a version number", "Oxford-based Natural Motion launched Endorvin v2.0, which lets artists direct a virtual actor.", "Endorvin", false},
		{"name before a share is no version", "Tamarack Metals will pay Ardoch 2.5 per cent of its returns. Ardoch, a mining firm, said it was pleased.", "Ardoch", true},
	}
	for _, c := range cases {
		checkKept(t, c.construction, c.text, c.name, c.kept)
	}
}

func TestThingNouns(t *testing.T) {
	cases := []struct {
		construction, lemma string
		thing               bool
	}{
		{"a product", "tablet", true},
		{"a scheme", "scheme", true},
		{"an index", "index", true},
		{"people of a body", "councillor", false},
		{"a body's shares", "share", false},
		{"a body's site", "plant", false},
		{"what a body decides", "decision", false},
		{"a kind of organisation", "firm", false},
		{"a day", "yesterday", false},
	}
	g := gazetteer.Load()
	for _, c := range cases {
		if got := thingNoun(g, syntax.Word{Form: c.lemma, Lemma: c.lemma, UPOS: "NOUN"}); got != c.thing {
			t.Errorf("%s: thingNoun(%q) = %v, want %v", c.construction, c.lemma, got, c.thing)
		}
	}
}

func TestMakers(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"maker named alone beside its product", "Velta, Microsoft and Morrow will debut new consoles in May. Studios should make games for handheld consoles like the Velta Pocket and the Morrow Duo.", "Velta", true},
		{"product named after a maker is no party", "Velta, Microsoft and Morrow will debut new consoles in May. Studios should make games for handheld consoles like the Velta Pocket and the Morrow Duo.", "Velta Pocket", false},
		{"a name whose rest is a word is one product", "Games such as Ultiva Online took over my life. The scope of games like Warcraft and Ultiva is epic, and online play is endless.", "Ultiva", false},
	})
}

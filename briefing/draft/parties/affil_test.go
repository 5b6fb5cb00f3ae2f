package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

func TestAffiliationFromDateline(t *testing.T) {
	checkAffiliations(t, "2021-01-01", []affiliationCase{
		{"Rabat – Minister of Health Khalid Ait expressed his approval, saying Morocco will produce a vaccine.", "Khalid Ait", "Morocco"},
		{"WASHINGTON (Reuters) - Foreign Minister Jane Roe said the United States would help.", "Jane Roe", "United States"},
		{"Vaccine deal\n\nRabat – Talks ended.\n\nPrime Minister Saad Othmani spoke for Morocco.", "Saad Othmani", "Morocco"},
		// A dateline says where the reporter is: without the country in the
		// person's sentence it is no evidence of whose official they are.
		{"LONDON, March 3 (Reuters) - Ambassador Greta Lindqvist spoke.", "Greta Lindqvist", ""},
		{"LONDON (Reuters) - President Donald Trump said on Monday he would visit Paris.", "Donald Trump", ""},
		{"Rabat – Minister of Health Khalid Ait expressed his approval.", "Khalid Ait", ""},
		// The capital of the dateline is no mention of its state in the
		// official's sentence.
		{"NAIROBI, 3 June (Reuters) – Foreign Minister Amos Otieno said Uganda would reopen the border. Kenya welcomed it.", "Amos Otieno", ""},
		// No dateline: no guess from the places the article names.
		{"Minister of Health Khalid Ait spoke in Rabat.", "Khalid Ait", ""},
		{"Prime Minister Han Ji-woo met reporters.", "Han Ji-woo", ""},
		// An affiliation the text gives wins over the dateline.
		{"WASHINGTON (Reuters) - Chinese President Xi Jinping spoke by phone.", "Xi Jinping", "China"},
		// Not a government title.
		{"WASHINGTON (Reuters) - Dr. Amina Yusuf said the clinic would reopen.", "Amina Yusuf", ""},
	})
}

func TestGovernmentRole(t *testing.T) {
	for _, tc := range []struct {
		role string
		want bool
	}{
		{"Minister", true},
		{"Minister of Health", true},
		{"Foreign Minister", true},
		{"President", true},
		{"Prime Minister", true},
		{"Ambassador", true},
		{"Secretary of State", true},
		{"Dr.", false},
		{"Chairman", false},
		{"Press Secretary", false},
		{"King of Morocco", false},
		{"", false},
	} {
		if got := governmentRole(tc.role); got != tc.want {
			t.Errorf("governmentRole(%q) = %v, want %v", tc.role, got, tc.want)
		}
	}
}

func TestDatelineCountry(t *testing.T) {
	g := gazetteer.Load()
	for _, tc := range []struct{ text, want string }{
		{"Rabat – Morocco’s King held a call.", "Morocco"},
		{"WASHINGTON (Reuters) - The Senate voted.", "United States"},
		{"Geneva – Talks resumed.", "Switzerland"},
		{"The plan – a bold one – failed.", ""},
		{"Morocco signed the deal.", ""},
	} {
		if got := datelineCountry(g, tc.text); got != tc.want {
			t.Errorf("datelineCountry(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCouncilExecutiveAffiliation checks that a councillor holding an
// office of the executive of the one council an article names belongs to
// it, and a leader of the opposition does not.
func TestCouncilExecutiveAffiliation(t *testing.T) {
	const text = "Oakhollow District Council will collect black bins every three weeks from October. " +
		"Cllr Janet Pembury, cabinet member for environment, said the change would save money. " +
		"Cllr Tom Ridley, leader of the opposition Independent group, said he would fight it."
	checkAffiliations(t, "2026-08-27", []affiliationCase{
		{text, "Janet Pembury", "Oakhollow District Council"},
		{text, "Tom Ridley", ""},
		{"Cllr Janet Pembury, cabinet member for environment, said the change would save money.", "Janet Pembury", ""},
	})
}

package parties

import "testing"

// TestNicknames checks that a nickname between a given name and a surname
// stays inside the person's name.
func TestNicknames(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"nickname in quotes between given name and surname", `Police arrested Ivo "The Hammer" Brandt on Friday. Brandt denied the charges.`,
			[]string{`Ivo "The Hammer" Brandt`}, []string{"Ivo", "The Hammer", "Brandt"}},
		{"nickname in quotes after a given name written with accents", `Troops seized a rebel commander, Iván "El Zorro" Quintana, in the north.`,
			[]string{`Iván "El Zorro" Quintana`}, []string{"Iván", "Quintana"}},
		{"nickname of a person named beside a province", `Troops crossed the border to arrest a rebel commander, Iván "El Zorro" Quintana, in the province of Sucre. Quintana remains in custody.`,
			[]string{`Iván "El Zorro" Quintana`}, []string{"Quintana"}},
		{"short given name in brackets after the given names", "Lawyers for James Leander (Leo) Nolan said he would appeal. Nolan is 65.",
			[]string{"James Leander (Leo) Nolan"}, []string{"James Leander", "Leo", "Nolan"}},
		{"the name without its nickname is the same person", "Bolton brawler Tyrone Okafor vows to hand his purse to charity\n\nBoxing hero Tyrone \"The Tornado\" Okafor has promised to give away his purse.",
			[]string{`Tyrone "The Tornado" Okafor`}, []string{"Tyrone Okafor"}},
		{"nickname after a first name that is also a state's", `Unbeaten heavyweight prospect Jordan "JJ" Jessop, 24, has agreed to step up to the main event. Jordan signed a trade deal.`,
			[]string{`Jordan "JJ" Jessop`, "Jordan"}, []string{"Jessop"}},
		{"quoted title after a name is no nickname", `Ana Ruiz wrote "Rags To Riches" last year.`,
			[]string{"Ana Ruiz"}, []string{`Ana Ruiz "Rags To Riches"`}},
	})
}

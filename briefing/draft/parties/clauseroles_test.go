package parties

import "testing"

func TestRoleByClauseAndCourt(t *testing.T) {
	checkRoles(t, []roleCase{
		{"relative clause in the present names the office", "Lotte Baum, who chairs the trust, said the vote was close.", "Lotte Baum", "chair of the trust"},
		{"relative clause in the present perfect", "Ivan Dorn, who has headed the agency since 2019, will step down.", "Ivan Dorn", "head of the agency"},
		{"relative clause with a named body", "Pia Lund, who runs Fenwick Foods, backed the plan.", "Pia Lund", "head of Fenwick Foods"},
		{"founding is an office whatever the tense", "Omar Sayed, who founded Tallow Labs in 2004, sold his stake.", "Omar Sayed", "founder of Tallow Labs"},
		{"office joined by be in a relative clause", "Kurt Amsel, who is chief executive of Varden Bank, said rates would rise.", "Kurt Amsel", "chief executive of Varden Bank"},
		{"office joined by be in the present perfect", "Nell Kirby, who has been the council's leader since 2019, resigned.", "Nell Kirby", "leader"},
		{"office joined by be in the past is left alone", "Nell Kirby, who was mayor of Dorn, resigned.", "Nell Kirby", ""},
		{"past office is left alone", "Ruth Kellan, who chaired the inquiry, said it was flawed.", "Ruth Kellan", ""},
		{"leading what is no body is no office", "Jon Acre, who leads the race, fell on the last lap.", "Jon Acre", ""},
		{"defence counsel in a court report", "In mitigation, Hugh Penrose, defending, said his client was ashamed.", "Hugh Penrose", "defence counsel"},
		{"prosecutor in a court report", "Nia Corbett, prosecuting, told the court the theft was planned.", "Nia Corbett", "prosecutor"},
		{"prosecutor named by the side", "Ewan Tull, for the prosecution, said the evidence was clear.", "Ewan Tull", "prosecutor"},
		{"a verb after the name is no side", "Hugh Penrose, defending himself, said he was innocent.", "Hugh Penrose", ""},
	})
}

package syntax

import "testing"

func TestDetachedInfinitiveRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an infinitive after a phrase of the verb that takes it",
			"Promoter Danny Keeble told The Daily Post last night that both camps have agreed in principle to reschedule for the spring.", "reschedule", "agreed", "xcomp"},
		{"a what-was-said clause after a bare time phrase",
			"Promoter Danny Keeble told The Daily Post last night that both camps have agreed in principle to reschedule for the spring.", "agreed", "told", "ccomp"},
		{"an infinitive after a partner named with its acronym",
			"The Thai Government announces that it has agreed with the Patani Liberation Front (PLF) to extend the ceasefire.", "extend", "agreed", "xcomp"},
		{"an infinitive hung on the word of time closing the verb's phrase",
			"The parochial church council (PCC) of St Bartholomew's voted on Wednesday evening to sell the four-acre Glebe Field to Kestrel Homes Ltd.", "sell", "voted", "xcomp"},
		{"a purpose after a verb's object stays a purpose",
			"The council bought the cinema in March to save it from demolition.", "save", "bought", "advcl"},
	})
}
